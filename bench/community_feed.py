"""Community benchmark: seed a large synthetic community, serve it, drive it with 32 clients.

    .venv/bin/python bench/community_feed.py                      # SQLite (var/bench_community.sqlite3)
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/cocon_bench .venv/bin/python bench/community_feed.py

Seeds 100,000 posts and 1,000,000 reactions (executemany on SQLite, COPY on PostgreSQL), prints
the EXPLAIN of the feed queries, serves the app as in production (DEBUG off, gunicorn with one
worker process per core x 8 threads, persistent DB connections; ``--server prefork`` keeps the old
pre-forked wsgiref server for comparison), then measures GET /api/v1/feed and
POST /api/v1/checkins with 32 concurrent closed-loop clients (one asyncio loop, HTTP/1.1
keep-alive; ``--client threads`` runs the earlier thread-per-client load generator) for a bounded
time. Figures are printed, never asserted. The clients run on the same 2-core machine as the
server and the database, and the share of a core they use is printed.
"""

from __future__ import annotations

import argparse
import asyncio
import http.client
import json
import os
import random
import re
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))


def setup_django(database_url: str) -> None:
    sys.stdout.reconfigure(line_buffering=True)  # type: ignore[union-attr]
    os.environ["DATABASE_URL"] = database_url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cocon.config.settings")
    os.environ["COCON_RATE_LIMITS_ENABLED"] = "0"
    os.environ["COCON_DEBUG"] = "0"  # as in production: no query log, no debug pages
    os.environ["COCON_DB_CONN_MAX_AGE"] = "600"
    import django

    django.setup()


def ensure_database(database_url: str, fresh: bool) -> None:
    if database_url.startswith("sqlite"):
        path = Path(database_url.removeprefix("sqlite:///"))
        if fresh:
            for suffix in ("", "-wal", "-shm"):
                Path(str(path) + suffix).unlink(missing_ok=True)
        return
    import psycopg

    base, _sep, name = database_url.rpartition("/")
    with psycopg.connect(base + "/postgres", autocommit=True) as conn:
        if fresh:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if not exists:
            conn.execute(f'CREATE DATABASE "{name}"')


def seed(posts: int, reactions: int, members: int) -> None:
    from django.contrib.auth.hashers import make_password
    from django.core.management import call_command
    from django.db import connection
    from django.utils import timezone

    from cocon.accounts.models import Member
    from cocon.accounts.pseudonyms import fold_pseudonym
    from cocon.community.models import Post, Theme

    call_command("migrate", verbosity=0)
    if Post.objects.count() >= posts:
        print(f"seed: already {Post.objects.count():,} posts, skipping")
        return
    started = time.perf_counter()
    password = make_password("bench-password-42")
    Member.objects.bulk_create(
        [
            Member(
                pseudonym=f"bench{i}",
                pseudonym_key=fold_pseudonym(f"bench{i}"),
                password=password,
                birth_year=2007,
                birth_month=1,
            )
            for i in range(members)
        ],
        batch_size=2000,
    )
    member_ids = list(
        Member.objects.filter(pseudonym__startswith="bench").values_list("id", flat=True)
    )
    theme_ids = list(Theme.objects.values_list("id", flat=True))
    rng = random.Random(42)
    now = timezone.now()
    emotions = ["joy", "stress", "sadness", "loneliness", "hope", "anger", "calm"]
    start_ts = now.timestamp() - 180 * 86400

    def post_rows() -> Any:
        for i in range(posts):
            roll = rng.random()
            visibility = "journal" if roll < 0.05 else "anonymous" if roll < 0.15 else "community"
            status = "visible" if rng.random() < 0.97 else rng.choice(["held", "deleted", "hidden"])
            created = (
                time.strftime(
                    "%Y-%m-%d %H:%M:%S", time.gmtime(start_ts + i * (180 * 86400 / posts))
                )
                + "+00:00"
            )
            yield (
                rng.choice(member_ids),
                rng.choice(theme_ids),
                rng.randint(1, 5),
                json.dumps(rng.sample(emotions, 2)),
                rng.choice(["vent", "advice", "encouragement"]),
                visibility,
                f"Message de test numéro {i} 🙂",
                status,
                "{}",
                0 if rng.random() < 0.3 else rng.randint(1, 6),
                created,
                False,
            )

    post_cols = "author_id, theme_id, mood, emotions, need, visibility, body, status, screening, reply_count, created_at, is_detached"
    kinds = ["heart", "hug", "strength", "thanks", "star"]

    def reaction_rows(post_ids: list[int]) -> Any:
        per_post = reactions // len(post_ids)
        extra = reactions - per_post * len(post_ids)
        created = now.isoformat()
        for n, post_id in enumerate(post_ids):
            count = per_post + (1 if n < extra else 0)
            offset = rng.randrange(len(member_ids))
            for j in range(count):
                yield (post_id, member_ids[(offset + j) % len(member_ids)], kinds[j % 5], created)

    if connection.vendor == "postgresql":
        raw = connection.connection  # psycopg connection
        connection.ensure_connection()
        raw = connection.connection
        with raw.cursor() as cur:
            with cur.copy(f"COPY community_post ({post_cols}) FROM STDIN") as copy:
                for row in post_rows():
                    copy.write_row(row)
        raw.commit()
        post_ids = list(Post.objects.order_by("id").values_list("id", flat=True))
        with raw.cursor() as cur:
            with cur.copy(
                "COPY community_reaction (post_id, member_id, kind, created_at) FROM STDIN"
            ) as copy:
                for row in reaction_rows(post_ids):
                    copy.write_row(row)
            cur.execute("ANALYZE")
        raw.commit()
    else:
        from django.db import transaction

        with transaction.atomic(), connection.cursor() as cur:
            marks = ", ".join(["%s"] * 12)
            insert_post = f"INSERT INTO community_post ({post_cols}) VALUES ({marks})"  # noqa: S608 - constants
            batch: list[Any] = []
            for row in post_rows():
                batch.append(row)
                if len(batch) == 20000:
                    cur.executemany(insert_post, batch)
                    batch = []
            if batch:
                cur.executemany(insert_post, batch)
            post_ids = list(Post.objects.order_by("id").values_list("id", flat=True))
            batch = []
            for row in reaction_rows(post_ids):
                batch.append(row)
                if len(batch) == 50000:
                    cur.executemany(
                        "INSERT INTO community_reaction (post_id, member_id, kind, created_at) VALUES (%s, %s, %s, %s)",
                        batch,
                    )
                    batch = []
            if batch:
                cur.executemany(
                    "INSERT INTO community_reaction (post_id, member_id, kind, created_at) VALUES (%s, %s, %s, %s)",
                    batch,
                )
            cur.execute("ANALYZE")
    print(
        f"seed: {members:,} members, {posts:,} posts, {reactions:,} reactions in {time.perf_counter() - started:.1f} s"
    )


def make_tokens(count: int) -> list[str]:
    from cocon.accounts.actions.tokens import do_create_token
    from cocon.accounts.models import Member

    return [
        do_create_token(m)[1]
        for m in Member.objects.filter(pseudonym__startswith="bench").order_by("id")[:count]
    ]


def _numbered_placeholders(sql: str) -> str:
    """Return Django's SQL (%s placeholders, %% for %) with PostgreSQL's $1, $2..."""
    numbers = iter(range(1, sql.count("%s") + 1))
    return re.sub(r"%%|%s", lambda m: "%" if m[0] == "%%" else f"${next(numbers)}", sql)


def explain() -> None:
    """Print the plans of the queries GET /api/v1/feed runs (as prepared: the generic plan)."""
    from django.db import connection

    from cocon.accounts.models import Member
    from cocon.community.models import Theme
    from cocon.community.queries.feeds import feed_queryset, feed_rows_query

    member = Member.objects.filter(pseudonym__startswith="bench").first()
    theme = Theme.objects.first()
    assert member is not None and theme is not None
    before = list(feed_queryset(member, "latest").values_list("id", flat=True)[:200])[-1]
    cases: dict[str, tuple[Any, dict[str, Any]]] = {
        "latest": ("latest", {}),
        "latest, page 10 (cursor)": ("latest", {"cursor": before}),
        "latest, one theme": ("latest", {"theme": theme.slug}),
        "needs support": ("support", {}),
        "my posts": ("mine", {}),
    }
    postgres = connection.vendor == "postgresql"
    with connection.cursor() as cursor:
        if postgres:
            # What a prepared statement runs once PostgreSQL settles on its generic plan.
            cursor.execute("SET plan_cache_mode = force_generic_plan")
        for n, (name, (kind, given)) in enumerate(cases.items()):
            query = feed_rows_query(kind, theme="theme" in given, cursor="cursor" in given)
            params = query.parameters({"viewer": member.pk, **given})
            print(f"\nEXPLAIN API feed, {name} ({connection.vendor}):")
            if postgres:
                sql = _numbered_placeholders(query.sql)
                cursor.execute(f"PREPARE cocon_explain_{n} AS {sql}")
                marks = ", ".join(["%s"] * len(params))
                cursor.execute(
                    f"EXPLAIN (ANALYZE, COSTS OFF) EXECUTE cocon_explain_{n}({marks})", params
                )
            else:
                cursor.execute(f"EXPLAIN QUERY PLAN {query.sql}", params)
            print("\n".join(" ".join(str(c) for c in row) for row in cursor.fetchall()))
        if postgres:
            cursor.execute("DEALLOCATE ALL")
            cursor.execute("RESET plan_cache_mode")


# ---- the server: pre-forked processes, a fixed pool of threads each, shared listening socket ----


def serve(port: int, workers: int, threads: int) -> None:
    from django.core.servers.basehttp import WSGIRequestHandler, WSGIServer
    from django.core.wsgi import get_wsgi_application
    from django.db import connections

    class QuietHandler(WSGIRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
            return

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", port))
    sock.listen(1024)
    connections.close_all()
    children = []
    for _ in range(workers):
        pid = os.fork()
        if pid == 0:
            app = get_wsgi_application()
            server = WSGIServer(("127.0.0.1", port), QuietHandler, bind_and_activate=False)
            server.socket = sock
            server.server_name, server.server_port = "127.0.0.1", port
            server.setup_environ()
            server.set_app(app)

            def loop(server: WSGIServer = server) -> None:
                while True:
                    conn, addr = sock.accept()
                    try:
                        server.finish_request(conn, addr)
                    except Exception:  # noqa: BLE001,S110 - a broken client must not stop the worker
                        pass
                    finally:
                        server.shutdown_request(conn)

            pool = [threading.Thread(target=loop, daemon=True) for _ in range(threads)]
            for t in pool:
                t.start()
            for t in pool:
                t.join()
            os._exit(0)
        children.append(pid)

    def stop(signum: int, frame: Any) -> None:
        for child in children:
            os.kill(child, signal.SIGTERM)
        os._exit(0)

    signal.signal(signal.SIGTERM, stop)
    for pid in children:
        os.waitpid(pid, 0)


# ---- the clients ----
#
# One asyncio event loop drives every client: each is a closed loop over its own HTTP/1.1
# keep-alive connection (it sends a request, waits for the whole response, checks the status,
# then sends the next). 32 Python threads with http.client, a new connection per request, cost
# the machine about as much CPU as the server itself, on the same two cores; the loop costs a
# fraction of that, so the figures measure the server rather than the load generator.


def _request_bytes(
    port: int, token: str, method: str, path: str, body: bytes | None, keep_alive: bool
) -> bytes:
    head = (
        f"{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nAuthorization: Bearer {token}\r\n"
    )
    if not keep_alive:
        head += "Connection: close\r\n"
    if body is not None:
        head += f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n"
    return (head + "\r\n").encode("ascii") + (body or b"")


async def _read_response(reader: asyncio.StreamReader) -> tuple[int, bytes, bool]:
    """Return the status, the body and whether the server closes the connection afterwards."""
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ", 2)[1])
    headers = {}
    for line in lines[1:]:
        name, sep, value = line.partition(":")
        if sep:
            headers[name.strip().lower()] = value.strip().lower()
    if "content-length" in headers:
        body = await reader.readexactly(int(headers["content-length"]))
    elif headers.get("transfer-encoding") == "chunked":
        chunks = []
        while True:
            size = int((await reader.readuntil(b"\r\n")).split(b";")[0], 16)
            chunks.append(await reader.readexactly(size + 2))
            if size == 0:
                break
        body = b"".join(chunks)
    else:
        body = await reader.read()
        return status, body, True
    return status, body, headers.get("connection") == "close"


async def _drive(
    port: int,
    tokens: list[str],
    clients: int,
    seconds: float,
    make_request: Any,
    expected: frozenset[int],
    keep_alive: bool,
) -> tuple[float, list[float], int]:
    latencies: list[float] = []
    errors = [0]
    deadline = time.perf_counter() + seconds

    async def client(n: int) -> None:
        rng = random.Random(n)
        token = tokens[n % len(tokens)]
        conn: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None = None
        while time.perf_counter() < deadline:
            method, path, body = make_request(rng)
            data = _request_bytes(port, token, method, path, body, keep_alive)
            t0 = time.perf_counter()
            try:
                if conn is None:
                    conn = await asyncio.open_connection("127.0.0.1", port)
                reader, writer = conn
                writer.write(data)
                status, payload, close = await asyncio.wait_for(_read_response(reader), 30)
                if status not in expected or not payload.startswith(b"{"):
                    errors[0] += 1
                if close:
                    writer.close()
                    conn = None
            except (OSError, ValueError, asyncio.IncompleteReadError, TimeoutError):
                errors[0] += 1
                if conn is not None:
                    conn[1].close()
                conn = None
            latencies.append(time.perf_counter() - t0)
        if conn is not None:
            conn[1].close()

    started = time.perf_counter()
    await asyncio.gather(*(client(n) for n in range(clients)))
    return time.perf_counter() - started, latencies, errors[0]


def drive(
    port: int,
    tokens: list[str],
    clients: int,
    seconds: float,
    make_request: Any,
    expected: frozenset[int] = frozenset({200}),
    keep_alive: bool = True,
) -> tuple[float, list[float], int]:
    """Run ``clients`` closed-loop clients for ``seconds``; return the time, latencies, errors."""
    return asyncio.run(_drive(port, tokens, clients, seconds, make_request, expected, keep_alive))


def drive_threads(
    port: int,
    tokens: list[str],
    clients: int,
    seconds: float,
    make_request: Any,
    expected: frozenset[int] = frozenset({200}),
    keep_alive: bool = False,
) -> tuple[float, list[float], int]:
    """The earlier load generator (one thread and one connection per request), for comparison."""
    latencies: list[float] = []
    errors = [0]
    lock = threading.Lock()
    deadline = time.perf_counter() + seconds

    def client(n: int) -> None:
        rng = random.Random(n)
        token = tokens[n % len(tokens)]
        mine: list[float] = []
        bad = 0
        while time.perf_counter() < deadline:
            method, path, body = make_request(rng)
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            headers = {"Authorization": f"Bearer {token}"}
            if body is not None:
                headers["Content-Type"] = "application/json"
            t0 = time.perf_counter()
            try:
                conn.request(method, path, body=body, headers=headers)
                response = conn.getresponse()
                response.read()
                if response.status not in expected:
                    bad += 1
            except OSError:
                bad += 1
            finally:
                conn.close()
            mine.append(time.perf_counter() - t0)
        with lock:
            latencies.extend(mine)
            errors[0] += bad

    started = time.perf_counter()
    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - started, latencies, errors[0]


def cpu_seconds(server_pid: int, database: str) -> tuple[float, float]:
    """Return the CPU time used so far by the server's processes and the database's backends.

    Linux only (reads /proc); the backends are PostgreSQL processes serving ``database``.
    """
    tick = os.sysconf("SC_CLK_TCK")
    server = database_cpu = 0.0
    parents: dict[int, int] = {}
    used: dict[int, float] = {}
    backends: set[int] = set()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2 :].split()
        pid = int(entry.name)
        parents[pid] = int(fields[1])
        used[pid] = (int(fields[11]) + int(fields[12])) / tick
        if command.startswith("postgres: ") and f" {database} " in command:
            backends.add(pid)
    for pid, seconds in used.items():
        if pid in backends:
            database_cpu += seconds
        elif pid == server_pid or parents.get(pid) == server_pid:
            server += seconds
    return server, database_cpu


def report(name: str, probe: Any, run: Any, *args: Any) -> None:
    """Run one phase; print throughput, latencies and CPU per request of each party."""
    cpu = time.process_time()
    server_before, database_before = probe()
    elapsed, latencies, errors = run(*args)
    server_after, database_after = probe()
    count = max(len(latencies), 1)
    cpu_ms = (
        f"server {(server_after - server_before) / count * 1000:.1f}, "
        f"database {(database_after - database_before) / count * 1000:.1f}, "
        f"clients {(time.process_time() - cpu) / count * 1000:.1f}"
    )
    latencies.sort()
    p50 = statistics.median(latencies) * 1000
    p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))] * 1000
    print(
        f"{name:<28} {len(latencies) / elapsed:8.1f} req/s   p50 {p50:7.1f} ms   p99 {p99:7.1f} ms   "
        f"({len(latencies):,} requests, {errors} errors)\n{'':<28} CPU ms per request: {cpu_ms}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--posts", type=int, default=100_000)
    parser.add_argument("--reactions", type=int, default=1_000_000)
    parser.add_argument("--members", type=int, default=2_000)
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument(
        "--server", choices=["gunicorn", "prefork"], default="gunicorn", help="the WSGI server"
    )
    parser.add_argument(
        "--workers", type=int, default=os.cpu_count() or 2, help="server processes (one per core)"
    )
    parser.add_argument(
        "--threads",
        type=int,
        default=4,
        help="threads per server process: they overlap the database round trips (1: sync workers)",
    )
    parser.add_argument(
        "--client",
        choices=["asyncio", "threads"],
        default="asyncio",
        help="load generator: one event loop with keep-alive connections, or the earlier threads",
    )
    parser.add_argument(
        "--close",
        action="store_true",
        help="a new connection per request (the asyncio clients keep theirs open by default)",
    )
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--fresh", action="store_true", help="drop the bench database first")
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    database_url = (
        os.environ.get("DATABASE_URL") or f"sqlite:///{ROOT / 'var' / 'bench_community.sqlite3'}"
    )
    if args.serve:
        setup_django(database_url)
        serve(args.port, args.workers, args.threads)
        return
    ensure_database(database_url, args.fresh)
    setup_django(database_url)
    seed(args.posts, args.reactions, args.members)
    explain()
    tokens = make_tokens(args.clients)
    from django.db import connections

    connections.close_all()
    if args.server == "gunicorn":
        command = [
            sys.executable,
            "-m",
            "gunicorn",
            "cocon.config.wsgi:application",
            "--bind",
            f"127.0.0.1:{args.port}",
            "--workers",
            str(args.workers),
            "--threads",
            str(args.threads),
            "--backlog",
            "2048",
            "--log-level",
            "warning",
        ]
    else:
        command = [
            sys.executable,
            __file__,
            "--serve",
            "--port",
            str(args.port),
            "--workers",
            str(args.workers),
            "--threads",
            str(args.threads),
        ]
    server = subprocess.Popen(
        command,
        env={**os.environ, "DATABASE_URL": database_url, "PYTHONPATH": str(ROOT / "src")},
    )
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", args.port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        from cocon.community.models import Theme

        slugs = list(Theme.objects.values_list("slug", flat=True))

        def feed_request(rng: random.Random) -> tuple[str, str, None]:
            roll = rng.random()
            if roll < 0.6:
                return "GET", "/api/v1/feed", None
            if roll < 0.8:
                return "GET", f"/api/v1/feed?theme={rng.choice(slugs)}", None
            return "GET", "/api/v1/feed?kind=support", None

        def checkin_request(rng: random.Random) -> tuple[str, str, bytes]:
            body = {
                "mood": rng.randint(1, 5),
                "emotions": ["stress", "hope"],
                "theme": rng.choice(slugs),
                "need": "encouragement",
                "visibility": rng.choice(["community", "anonymous", "journal"]),
                "body": f"Petit message de test {rng.random()} 🌟",
            }
            return "POST", "/api/v1/checkins", json.dumps(body).encode()

        run = drive if args.client == "asyncio" else drive_threads
        keep_alive = args.client == "asyncio" and not args.close
        run(args.port, tokens, args.clients, 2, feed_request, frozenset({200}), keep_alive)
        vendor = "postgresql" if database_url.startswith("postgres") else "sqlite"
        print(
            f"\n{vendor}: {args.clients} {args.client} clients ({'keep-alive' if keep_alive else 'a connection per request'}), {args.server} {args.workers} processes x {args.threads} threads, {args.seconds:.0f} s per phase, load average before {os.getloadavg()[0]:.1f}"
        )
        database = database_url.rpartition("/")[2]

        def probe() -> tuple[float, float]:
            return cpu_seconds(server.pid, database)

        report(
            "GET /api/v1/feed",
            probe,
            run,
            args.port,
            tokens,
            args.clients,
            args.seconds,
            feed_request,
        )
        report(
            "POST /api/v1/checkins",
            probe,
            run,
            args.port,
            tokens,
            args.clients,
            args.seconds,
            checkin_request,
            frozenset({201, 202}),
            keep_alive,
        )
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
