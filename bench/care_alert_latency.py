"""Care alert latency: risky message sent over the API → alert received on the console's WebSocket.

Starts daphne on 127.0.0.1 with a fresh SQLite database, connects a real WebSocket client
(autobahn, which daphne already depends on) with a staff session cookie, posts risky
check-ins from distinct members (each opens a case) and prints p50/p99 of:

- send → alert: from just before the HTTP request to the alert's arrival (what the issue asks);
- accepted → alert: from the HTTP response to the alert (negative when the alert comes first,
  as it is sent on commit, before the response is written).

Usage: .venv/bin/python bench/care_alert_latency.py [--messages 200] [--port 8765]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
RISKY = "ce soir j'en finis, j'ai tout préparé"


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = max(0, min(len(ordered) - 1, round(q / 100 * len(ordered) + 0.5) - 1))
    return ordered[index]


def prepare(var_dir: str, members: int) -> tuple[str, list[str]]:
    """Migrate a fresh database; return the staff session cookie and one token per member."""
    env = {**os.environ, "COCON_VAR_DIR": var_dir}
    subprocess.run(
        [sys.executable, "-m", "django", "migrate", "-v", "0", "--settings=cocon.config.settings"],
        check=True,
        env=env,
        cwd=ROOT,
    )
    os.environ["COCON_VAR_DIR"] = var_dir
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cocon.config.settings")
    sys.path.insert(0, str(ROOT / "src"))
    import django

    django.setup()
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.auth.models import Group
    from django.contrib.sessions.backends.db import SessionStore

    from cocon.accounts.actions.tokens import do_create_token
    from cocon.accounts.models import Member, Role
    from cocon.care.actions.duty import do_set_on_duty

    staff = Member.objects.create_user(
        "bench_modo", "bench-password-42", birth_year=1990, birth_month=1
    )
    staff.groups.add(Group.objects.get_or_create(name=Role.MODERATOR)[0])
    do_set_on_duty(staff, True)
    session = SessionStore()
    session[SESSION_KEY] = str(staff.pk)
    session[BACKEND_SESSION_KEY] = "cocon.accounts.backends.PseudonymBackend"
    session[HASH_SESSION_KEY] = staff.get_session_auth_hash()
    session.create()
    tokens = []
    for i in range(members):
        member = Member.objects.create_user(
            f"bench{i}x", "bench-password-42", birth_year=2007, birth_month=1, country="FR"
        )
        member.groups.add(Group.objects.get_or_create(name=Role.MEMBER)[0])
        tokens.append(do_create_token(member)[1])
    assert session.session_key is not None
    return session.session_key, tokens


async def run(port: int, cookie: str, tokens: list[str]) -> tuple[list[float], list[float]]:
    import requests
    from autobahn.asyncio.websocket import WebSocketClientFactory, WebSocketClientProtocol

    loop = asyncio.get_running_loop()
    alerts: asyncio.Queue[tuple[float, dict[str, Any]]] = asyncio.Queue()
    opened = loop.create_future()

    class Console(WebSocketClientProtocol):  # type: ignore[misc]
        def onOpen(self) -> None:  # noqa: N802 - autobahn's API
            opened.set_result(True)

        def onMessage(self, payload: bytes, is_binary: bool) -> None:  # noqa: N802
            data = json.loads(payload)
            if data.get("type") == "alert":
                alerts.put_nowait((time.perf_counter(), data))

    url = f"ws://127.0.0.1:{port}/ws/care/alerts/"
    factory = WebSocketClientFactory(
        url, origin=f"http://127.0.0.1:{port}", headers={"Cookie": f"sessionid={cookie}"}
    )
    factory.protocol = Console
    await loop.create_connection(factory, "127.0.0.1", port)
    await asyncio.wait_for(opened, 10)
    http = requests.Session()
    body = {
        "mood": 1,
        "emotions": ["sadness"],
        "theme": "school",
        "need": "vent",
        "visibility": "community",
        "body": RISKY,
    }
    sent_to_alert: list[float] = []
    accepted_to_alert: list[float] = []
    for token in tokens:
        start = time.perf_counter()

        def post(token: str = token) -> tuple[int, float]:
            r = http.post(
                f"http://127.0.0.1:{port}/api/v1/checkins",
                json=body,
                headers={"Authorization": f"Bearer {token}"},
                timeout=10,
            )
            return r.status_code, time.perf_counter()

        status, accepted = await loop.run_in_executor(None, post)
        if status != 202:
            raise SystemExit(f"unexpected status {status} for a risky check-in")
        arrived, data = await asyncio.wait_for(alerts.get(), 10)
        assert data["event"] == "opened", data
        sent_to_alert.append((arrived - start) * 1000)
        accepted_to_alert.append((arrived - accepted) * 1000)
    return sent_to_alert, accepted_to_alert


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--messages", type=int, default=201, help="the first one is the cold start, reported apart"
    )
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--prepare", default="", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.prepare:
        # Django (with daphne installed) pins txaio to Twisted; the client needs asyncio, so the
        # database is prepared in a child process.
        print(json.dumps(prepare(args.prepare, args.messages)))
        return
    with tempfile.TemporaryDirectory(prefix="cocon-bench-") as var_dir:
        prepared = subprocess.run(  # noqa: S603
            [sys.executable, __file__, "--prepare", var_dir, "--messages", str(args.messages)],
            check=True,
            capture_output=True,
            text=True,
            cwd=ROOT,
        )
        cookie, tokens = json.loads(prepared.stdout.strip().splitlines()[-1])
        env = {
            **os.environ,
            "COCON_VAR_DIR": var_dir,
            "COCON_RATE_LIMITS_ENABLED": "0",
            "PYTHONPATH": str(ROOT / "src"),
            "COCON_LOG_LEVEL": "WARNING",
        }
        server = subprocess.Popen(  # noqa: S603
            [
                sys.executable,
                "-m",
                "daphne",
                "-b",
                "127.0.0.1",
                "-p",
                str(args.port),
                "cocon.config.asgi:application",
            ],
            env=env,
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        try:
            for _ in range(100):
                try:
                    import socket

                    socket.create_connection(("127.0.0.1", args.port), timeout=0.2).close()
                    break
                except OSError:
                    time.sleep(0.1)
            sent, accepted = asyncio.run(run(args.port, cookie, tokens))
        finally:
            server.terminate()
            server.wait(10)
    cold = sent.pop(0)
    accepted.pop(0)
    print(
        f"care alert latency over {len(sent)} risky messages (daphne, in-memory channel layer, SQLite)"
    )
    print(
        f"  first message (cold: the engine loads its lexicons and models) send → alert {cold:.1f} ms"
    )
    print(
        f"  send → alert     p50 {percentile(sent, 50):7.1f} ms   p99 {percentile(sent, 99):7.1f} ms   max {max(sent):7.1f} ms   mean {statistics.mean(sent):.1f} ms"
    )
    print(
        f"  accepted → alert p50 {percentile(accepted, 50):7.1f} ms   p99 {percentile(accepted, 99):7.1f} ms"
    )


if __name__ == "__main__":
    main()
