"""The care flow end to end: a real ASGI server, a real WebSocket console, Chromium as the member.

Daphne runs in a subprocess (``python -m django runserver``, which with ``daphne`` installed is
daphne serving the ASGI application, static files included) on a database of its own, freshly
migrated: a SQLite file, or a PostgreSQL database created next to ``DATABASE_URL``'s. The test
process gives its thread a "default" connection to the same database for the module, so it can
make members and read the audit log; pytest-django's test database is not used (its SQLite one lives
in memory, out of daphne's reach).

The console is a minimal RFC 6455 client on a raw socket in a thread (autobahn's asyncio flavour
cannot run here: with daphne installed, txaio is bound to Twisted), logged in over HTTP as an
on-duty care lead. Chromium is the member: five-step check-in, the help offer, the inbox.

Latency (message accepted → alert received) is printed, never asserted; ``-s`` shows it.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import queue
import shutil
import socket
import struct
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import pytest
import requests
from django.conf import settings
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.db import DEFAULT_DB_ALIAS, connections
from playwright.sync_api import Browser, Page, expect

from cocon.accounts.models import Member, Role
from cocon.care.models import CareCase
from cocon.community.models import Post
from cocon.safety.models import AuditEntry

REPO = Path(__file__).resolve().parents[2]
PASSWORD = "un-mot-de-passe-solide-42"
RISKY = "ce soir j'en finis, j'ai tout préparé"
LAUGHING = "mdr je suis morte de rire"
TEAM_MESSAGE = (
    "Bonjour, c'est l'équipe de Cocon. On a lu ton message. "
    "Est-ce que tu es en sécurité là, maintenant ?"
)
WS_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"
NO_ALERT_WAIT = 3.0  # seconds the console listens for an alert that must not come
latencies: list[tuple[str, float, float]] = []  # (who, send → alert, accepted → alert) in ms


# --- the server -------------------------------------------------------------------------------


@dataclass
class CareServer:
    url: str
    port: int


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _postgres_urls() -> tuple[str, str, str] | None:
    """(admin URL, e2e database URL, e2e database name) when DATABASE_URL is PostgreSQL."""
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        return None
    parts = urlsplit(url)
    name = f"cocon_care_e2e_{os.getpid()}"
    return url, urlunsplit(parts._replace(path=f"/{name}")), name


def _postgres(admin_url: str, sql: str) -> None:
    import psycopg

    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(sql)


def _wait_for_port(port: int, server: subprocess.Popen[bytes], seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            errors = server.stderr.read().decode() if server.stderr else ""
            raise RuntimeError(f"daphne exited: {errors[-2000:]}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError("daphne did not start listening in time")


@pytest.fixture(scope="module")
def care_server(django_db_blocker: Any) -> Iterator[CareServer]:
    """Daphne on a free port and a migrated database shared with this process's ORM."""
    var_dir = tempfile.mkdtemp(prefix="cocon-care-e2e-")
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DJANGO_ALLOW_ASYNC_UNSAFE", "DATABASE_URL", "REDIS_URL"}
    }
    env.update(
        {
            "COCON_VAR_DIR": var_dir,
            "COCON_RATE_LIMITS_ENABLED": "0",
            "COCON_LOG_LEVEL": "WARNING",
            "PYTHONPATH": str(REPO / "src"),
            "DJANGO_SETTINGS_MODULE": "cocon.config.settings",
        }
    )
    postgres = _postgres_urls()
    if postgres is not None:
        admin_url, e2e_url, db_name = postgres
        try:
            _postgres(admin_url, f'DROP DATABASE IF EXISTS "{db_name}"')
            _postgres(admin_url, f'CREATE DATABASE "{db_name}"')
        except Exception as exc:  # noqa: BLE001 - any failure means we cannot run here
            pytest.skip(f"cannot create a PostgreSQL database for daphne: {exc}")
        env["DATABASE_URL"] = e2e_url
        target_name = db_name
    else:
        target_name = str(Path(var_dir) / "cocon.sqlite3")
    subprocess.run(  # noqa: S603 - fixed arguments
        [sys.executable, "-m", "django", "migrate", "-v", "0"],
        check=True,
        env=env,
        cwd=REPO,
    )
    port = _free_port()
    server = subprocess.Popen(  # noqa: S603 - fixed arguments
        [sys.executable, "-m", "django", "runserver", "--noreload", f"127.0.0.1:{port}"],
        env=env,
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    # A new "default" connection for this thread; the one pytest-django may hold (an in-memory
    # SQLite test database dies with its last connection) is put aside untouched, then restored.
    saved = connections[DEFAULT_DB_ALIAS]
    shared = saved.__class__({**saved.settings_dict, "NAME": target_name}, DEFAULT_DB_ALIAS)
    try:
        _wait_for_port(port, server)
        with django_db_blocker.unblock():
            connections[DEFAULT_DB_ALIAS] = shared
            ContentType.objects.clear_cache()
            try:
                yield CareServer(url=f"http://127.0.0.1:{port}", port=port)
            finally:
                shared.close()
                connections[DEFAULT_DB_ALIAS] = saved
                ContentType.objects.clear_cache()
    finally:
        server.terminate()
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()
        if postgres is not None:
            _postgres(postgres[0], f'DROP DATABASE IF EXISTS "{postgres[2]}" WITH (FORCE)')
        shutil.rmtree(var_dir, ignore_errors=True)


# --- people -----------------------------------------------------------------------------------


def make_member(
    pseudonym: str,
    *,
    country: str = "FR",
    province: str = "",
    birth_year: int = 2008,
    roles: tuple[str, ...] = (Role.MEMBER,),
) -> Member:
    member = Member.objects.create_user(
        pseudonym,
        PASSWORD,
        birth_year=birth_year,
        birth_month=1,
        country=country,
        province=province,
        language="fr",
    )
    for role in roles:
        member.groups.add(Group.objects.get_or_create(name=role)[0])
    return member


def http_login(server: CareServer, pseudonym: str) -> requests.Session:
    """Sign in through the login form, as a browser would; the session then carries the cookie."""
    http = requests.Session()
    http.get(f"{server.url}/login/", timeout=10).raise_for_status()
    response = http.post(
        f"{server.url}/login/",
        data={
            "csrfmiddlewaretoken": http.cookies[settings.CSRF_COOKIE_NAME],
            "pseudonym": pseudonym,
            "password": PASSWORD,
            "next": "",
        },
        allow_redirects=False,
        timeout=10,
    )
    assert response.status_code == 302, response.text[:500]
    assert settings.SESSION_COOKIE_NAME in http.cookies
    csrf = http.cookies.get(settings.CSRF_COOKIE_NAME)
    assert csrf is not None
    http.headers["X-CSRFToken"] = csrf
    return http


def session_cookie(http: requests.Session) -> str:
    cookie = http.cookies.get(settings.SESSION_COOKIE_NAME)
    assert cookie is not None
    return cookie


def browser_login(page: Page, pseudonym: str) -> None:
    page.goto("/login/")
    page.get_by_label("Pseudo").fill(pseudonym)
    page.get_by_label("Mot de passe").fill(PASSWORD)
    page.get_by_role("button", name="Se connecter").click()
    page.wait_for_url(lambda url: "/login/" not in url)


# --- the console: a WebSocket client on a raw socket --------------------------------------------


class HandshakeRefusedError(Exception):
    """The server answered the WebSocket upgrade with something other than 101."""


class Console:
    """A WebSocket client for ``/ws/care/alerts/``; every message lands in ``received``."""

    def __init__(self, server: CareServer, cookie: str) -> None:
        self.received: queue.Queue[tuple[float, dict[str, Any]]] = queue.Queue()
        self.close_code: int | None = None
        self.sock = socket.create_connection(("127.0.0.1", server.port), timeout=10)
        key = base64.b64encode(os.urandom(16)).decode()
        handshake = (
            "GET /ws/care/alerts/ HTTP/1.1\r\n"
            f"Host: 127.0.0.1:{server.port}\r\n"
            "Upgrade: websocket\r\nConnection: Upgrade\r\n"
            f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n"
            f"Origin: {server.url}\r\n"
            f"Cookie: {settings.SESSION_COOKIE_NAME}={cookie}\r\n\r\n"
        )
        self.sock.sendall(handshake.encode())
        self.reader = self.sock.makefile("rb")
        status = self.reader.readline().decode()
        headers = {}
        while (line := self.reader.readline().decode().strip()) != "":
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        digest = hashlib.sha1((key + WS_GUID).encode()).digest()  # noqa: S324 - RFC 6455
        expected = base64.b64encode(digest).decode()
        if " 101 " not in status:
            self.sock.close()
            raise HandshakeRefusedError(status.strip())
        assert headers.get("sec-websocket-accept") == expected
        self.sock.settimeout(None)
        self.thread = threading.Thread(target=self._listen, name="care-console", daemon=True)
        self.thread.start()

    def _read(self, size: int) -> bytes:
        data = self.reader.read(size)
        if data is None or len(data) < size:
            raise EOFError
        return bytes(data)

    def _send(self, opcode: int, payload: bytes) -> None:
        mask = os.urandom(4)
        header = bytes([0x80 | opcode])
        if len(payload) < 126:
            header += bytes([0x80 | len(payload)])
        else:
            header += bytes([0x80 | 126]) + struct.pack("!H", len(payload))
        masked = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
        self.sock.sendall(header + mask + masked)

    def _listen(self) -> None:
        try:
            while True:
                first, second = self._read(2)
                opcode, size = first & 0x0F, second & 0x7F
                if size == 126:
                    size = struct.unpack("!H", self._read(2))[0]
                elif size == 127:
                    size = struct.unpack("!Q", self._read(8))[0]
                mask = self._read(4) if second & 0x80 else b""
                payload = self._read(size)
                if mask:
                    payload = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
                if opcode == 0x1:
                    self.received.put((time.time(), json.loads(payload)))
                elif opcode == 0x9:
                    self._send(0xA, payload)
                elif opcode == 0x8:
                    self.close_code = struct.unpack("!H", payload[:2])[0] if payload else 1005
                    return
        except (EOFError, OSError, ValueError):
            return

    def next_message(self, timeout: float) -> tuple[float, dict[str, Any]]:
        return self.received.get(timeout=timeout)

    def next_alert(self, timeout: float) -> tuple[float, dict[str, Any]] | None:
        deadline = time.monotonic() + timeout
        while (left := deadline - time.monotonic()) > 0:
            try:
                arrived, message = self.received.get(timeout=left)
            except queue.Empty:
                return None
            if message.get("type") == "alert":
                return arrived, message
        return None

    def close(self) -> None:
        try:
            self._send(0x8, struct.pack("!H", 1000))
            self.sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        self.sock.close()
        self.thread.join(5)


@dataclass
class CareLead:
    member: Member
    http: requests.Session
    console: Console

    def api(self, server: CareServer, path: str, body: dict[str, Any] | None = None) -> Any:
        return self.http.post(f"{server.url}/api/v1/care{path}", json=body or {}, timeout=10)


@pytest.fixture
def on_duty_care_lead(care_server: CareServer) -> Iterator[CareLead]:
    lead = make_member(
        f"care_lou{_free_port()}", birth_year=1990, roles=(Role.MODERATOR, Role.CARE_LEAD)
    )
    http = http_login(care_server, lead.pseudonym)
    response = http.post(f"{care_server.url}/api/v1/care/duty", json={"on": True}, timeout=10)
    assert response.status_code == 200, response.text
    console = Console(care_server, session_cookie(http))
    assert console.next_message(10)[1] == {"type": "hello"}
    yield CareLead(member=lead, http=http, console=console)
    console.close()


@pytest.fixture
def member_page(browser: Browser, care_server: CareServer) -> Iterator[Callable[..., Page]]:
    contexts = []

    def make(locale: str) -> Page:
        context = browser.new_context(
            base_url=care_server.url, locale=locale, viewport={"width": 360, "height": 740}
        )
        context.set_default_timeout(15_000)
        contexts.append(context)
        page = context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.on(
            "console",
            lambda msg: errors.append(msg.text) if "Content Security Policy" in msg.text else None,
        )
        page.errors = errors  # type: ignore[attr-defined]
        return page

    yield make
    for context in contexts:
        context.close()


# --- the member's check-in in Chromium ----------------------------------------------------------


def check_in(page: Page, *, mood: str, emotion: str, body: str) -> tuple[float, float]:
    """Do the five steps and share ``body``; return (sent, accepted) as epoch seconds."""
    page.goto("/checkin/?new=1")
    for step, pick in enumerate(
        [
            f'input[name="mood"][value="{mood}"]',
            f'input[name="emotions"][value="{emotion}"]',
            'input[name="theme"][value="school"]',
            'input[name="need"][value="vent"]',
        ],
        start=1,
    ):
        page.locator(pick).check()
        page.get_by_role("button", name="Suivant").click()
        page.wait_for_url(f"**/checkin/{step + 1}/")
    expect(page.locator(".progress")).to_have_text("Étape 5 sur 5")
    page.get_by_label("Ton message (texte et emoji uniquement)").fill(body)
    page.locator('input[name="visibility"][value="community"]').check()
    with page.expect_response(
        lambda r: r.request.method == "POST" and "/checkin/" in r.url
    ) as shared:
        page.get_by_role("button", name="Partager").click()
    response = shared.value
    assert response.status < 400, response.status
    timing = response.request.timing
    sent = (timing["startTime"] + max(timing["requestStart"], 0)) / 1000
    accepted = (timing["startTime"] + timing["responseStart"]) / 1000
    page.wait_for_url("**/posts/*/")
    return sent, accepted


# --- the scenario -------------------------------------------------------------------------------


CASE_STEPS = [
    "care.case_opened",
    "care.case_acknowledged",
    "care.case_in_contact",
    "care.case_escalated",
    "care.case_closed",
]


@pytest.mark.browser
@pytest.mark.parametrize(
    ("country", "province", "locale", "line", "dial"),
    [
        ("FR", "", "fr-FR", "3114", "tel:3114"),
        ("BE", "", "fr-BE", "0800 32 123", "tel:080032123"),
        ("CA", "QC", "fr-CA", "1 866 APPELLE", "tel:18662773553"),
    ],
    ids=["france", "belgium", "quebec"],
)
def test_a_member_at_risk_gets_help_at_once_and_a_human_and_every_step_is_audited(
    care_server: CareServer,
    on_duty_care_lead: CareLead,
    member_page: Callable[..., Page],
    country: str,
    province: str,
    locale: str,
    line: str,
    dial: str,
) -> None:
    lead = on_duty_care_lead
    author = make_member(f"Nour_{country.lower()}", country=country, province=province)
    reader = make_member(f"Lecteur_{country.lower()}", country=country, province=province)
    first_audit = AuditEntry.objects.order_by("-pk").values_list("pk", flat=True).first() or 0

    page = member_page(locale)
    browser_login(page, author.pseudonym)
    sent, accepted = check_in(page, mood="1", emotion="sadness", body=RISKY)

    # The console gets the alert.
    got = lead.console.next_alert(10)
    assert got is not None, "no alert reached the console within 10 s"
    arrived, alert = got
    latencies.append((country, (arrived - sent) * 1000, (arrived - accepted) * 1000))
    print(
        f"\n[care e2e {country}] alert latency: send → alert {(arrived - sent) * 1000:.1f} ms, "
        f"accepted → alert {(arrived - accepted) * 1000:.1f} ms "
        "(negative: the alert is sent on commit, before the response is written)"
    )
    case = CareCase.objects.get(member=author)
    post = Post.objects.get(author=author)
    assert (alert["event"], alert["case"]["id"], alert["case"]["priority"]) == (
        "opened",
        case.pk,
        "imminent",
    )
    assert alert["case"]["country"] == country
    assert RISKY not in json.dumps(alert)  # no message text goes over the wire

    # The post is not public: held, absent from another member's feed and page.
    assert post.status == "held"
    reader_http = http_login(care_server, reader.pseudonym)
    feed = reader_http.get(f"{care_server.url}/feed/", timeout=10)
    assert feed.status_code == 200
    assert "ce soir j" not in feed.text
    assert reader_http.get(f"{care_server.url}/posts/{post.pk}/", timeout=10).status_code == 404

    # The member sees their country's suicide line and the offer of contact, in French.
    offer = page.locator(".care-help-offer")
    expect(offer).to_be_visible()
    expect(offer).to_contain_text("Tu n'es pas seul·e")
    expect(offer.locator("a.care-call")).to_contain_text(line)
    expect(offer.locator("a.care-call")).to_have_attribute("href", dial)
    expect(offer.get_by_role("button", name="J'ai besoin d'aide maintenant")).to_be_visible()
    expect(offer.get_by_role("button", name="Je suis en sécurité pour l'instant")).to_be_visible()

    # The care lead acknowledges, writes, escalates and closes, through the API.
    acknowledged = lead.api(care_server, f"/cases/{case.pk}/acknowledge")
    assert acknowledged.status_code == 200, acknowledged.text
    written = lead.api(care_server, f"/cases/{case.pk}/messages", {"body": TEAM_MESSAGE})
    assert written.status_code == 201, written.text
    escalated = lead.api(
        care_server,
        f"/cases/{case.pk}/escalations",
        {"service": "112", "reference": f"R-{country}-42", "outcome": "équipe envoyée"},
    )
    assert escalated.status_code == 201, escalated.text
    closed = lead.api(care_server, f"/cases/{case.pk}/close", {"outcome": "emergency"})
    assert closed.status_code == 200, closed.text
    case.refresh_from_db()
    assert case.state == "closed"

    # The member reads the team's message in their inbox, signed "Cocon".
    page.goto("/care/inbox/")
    team = page.locator("#care-conversation li.care-from-team")
    expect(team).to_have_count(1)
    expect(team.locator(".care-meta")).to_contain_text("Cocon")
    expect(team).not_to_contain_text(lead.member.pseudonym)
    expect(team.locator("p")).to_have_text(TEAM_MESSAGE)
    assert page.errors == []  # type: ignore[attr-defined]

    # Every step is in the audit log, in order, by the right people.
    steps = list(
        AuditEntry.objects.filter(
            pk__gt=first_audit, target_type="care.carecase", target_id=str(case.pk)
        )
        .order_by("pk")
        .values_list("action", "actor_id")
    )
    assert steps == [
        ("care.case_opened", None),
        ("care.case_acknowledged", lead.member.pk),
        ("care.case_in_contact", lead.member.pk),
        ("care.case_escalated", lead.member.pk),
        ("care.case_closed", lead.member.pk),
    ]
    assert [action for action, _actor in steps] == CASE_STEPS
    by_lead = list(
        AuditEntry.objects.filter(pk__gt=first_audit, actor_id=lead.member.pk)
        .order_by("pk")
        .values_list("action", flat=True)
    )
    assert by_lead == [
        "care.case_acknowledged",
        "care.case_in_contact",
        "care.message_sent",
        "care.case_escalated",
        "care.escalation_recorded",
        "care.case_closed",
    ]


@pytest.mark.browser
def test_a_laughing_idiom_opens_no_case_and_sends_no_alert(
    care_server: CareServer,
    on_duty_care_lead: CareLead,
    member_page: Callable[..., Page],
) -> None:
    author = make_member("Jade_mdr")
    reader = make_member("Lecteur_mdr")
    page = member_page("fr-FR")
    browser_login(page, author.pseudonym)
    check_in(page, mood="5", emotion="joy", body=LAUGHING)

    assert on_duty_care_lead.console.next_alert(NO_ALERT_WAIT) is None
    assert CareCase.objects.filter(member=author).count() == 0
    post = Post.objects.get(author=author)
    assert post.status == "visible"
    expect(page.get_by_role("main")).to_contain_text(LAUGHING)
    expect(page.locator(".care-help-offer")).to_have_count(0)
    feed = http_login(care_server, reader.pseudonym).get(f"{care_server.url}/feed/", timeout=10)
    assert LAUGHING in feed.text
    assert page.errors == []  # type: ignore[attr-defined]


@pytest.mark.browser
def test_the_alert_channel_refuses_a_member(care_server: CareServer) -> None:
    someone = make_member("Curieux_ws")
    http = http_login(care_server, someone.pseudonym)
    # The consumer closes before accepting, which daphne turns into a refused handshake.
    with pytest.raises(HandshakeRefusedError, match="^HTTP/1.1 403 "):
        Console(care_server, session_cookie(http))
    with pytest.raises(HandshakeRefusedError, match="^HTTP/1.1 403 "):
        Console(care_server, "not-a-session")


def teardown_module() -> None:
    if latencies:
        figures = ", ".join(
            f"{who} {sent_ms:.1f}/{accepted_ms:.1f}" for who, sent_ms, accepted_ms in latencies
        )
        print(f"\n[care e2e] alert latency send/accepted → alert in ms: {figures}")
