"""Browser fixtures: a live Cocon server, Debian's Chromium driven by Playwright, axe-core.

Reused by every app's browser tests. Chromium is the system one (``apt-get install -y
chromium``); Playwright never downloads a browser. axe-core is installed with npm into the
git-ignored ``.cache/npm`` folder the first time it is needed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

# Playwright's sync API keeps an event loop in the test thread; the ORM calls made by the
# tests themselves (factories, asserts) are still synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

from playwright.sync_api import Browser, BrowserContext, Page, sync_playwright  # noqa: E402

REPO = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("COCON_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
AXE_DIR = REPO / ".cache" / "npm"
AXE_JS = AXE_DIR / "node_modules" / "axe-core" / "axe.min.js"
MOBILE = {"width": 360, "height": 740}
BLOCKING_IMPACTS = {"serious", "critical"}


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium is missing at {CHROMIUM}: run `apt-get install -y chromium`.")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


class PageProblems:
    """Console errors and uncaught exceptions seen by a page, for tests to assert on."""

    def __init__(self) -> None:
        self.console_errors: list[str] = []
        self.page_errors: list[str] = []

    def watch(self, page: Page) -> None:
        page.on(
            "console",
            lambda msg: self.console_errors.append(msg.text) if msg.type == "error" else None,
        )
        page.on("pageerror", lambda exc: self.page_errors.append(str(exc)))

    @property
    def csp_violations(self) -> list[str]:
        return [text for text in self.console_errors if "Content Security Policy" in text]


@pytest.fixture
def new_page(browser: Browser, live_server: Any) -> Iterator[Callable[..., Page]]:
    """Return a factory of pages on the live server: ``new_page(locale="fr-FR", mobile=True)``."""
    contexts: list[BrowserContext] = []

    def make(*, locale: str = "fr-FR", mobile: bool = True, bypass_csp: bool = False) -> Page:
        context = browser.new_context(
            base_url=live_server.url,
            locale=locale,
            viewport=MOBILE if mobile else {"width": 1280, "height": 900},
            accept_downloads=True,
            bypass_csp=bypass_csp,
        )
        context.set_default_timeout(15_000)
        contexts.append(context)
        page = context.new_page()
        problems = PageProblems()
        problems.watch(page)
        page.problems = problems  # type: ignore[attr-defined]
        return page

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def page(new_page: Callable[..., Page]) -> Page:
    return new_page()


@pytest.fixture(scope="session")
def axe_js() -> Path:
    """Return the path of axe.min.js, installing the npm package once if it is missing."""
    if not AXE_JS.exists():
        npm = shutil.which("npm")
        if npm is None:
            pytest.fail("npm is missing: install Node.js to run the accessibility checks.")
        subprocess.run(  # noqa: S603 - fixed arguments, no user input
            [npm, "install", "--no-audit", "--no-fund", "--prefix", str(AXE_DIR), "axe-core"],
            check=True,
            cwd=REPO,
            capture_output=True,
        )
    return AXE_JS


def axe_violations(page: Page, axe_path: Path) -> list[dict[str, Any]]:
    """Run axe-core on the page and return its serious and critical violations."""
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.add_script_tag(path=str(axe_path))
    violations: list[dict[str, Any]] = page.evaluate(
        """async () => {
            const result = await axe.run(document, {resultTypes: ["violations"]});
            return result.violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.slice(0, 5).map(n => n.target.join(" ")),
            }));
        }"""
    )
    return [v for v in violations if v["impact"] in BLOCKING_IMPACTS]


@pytest.fixture
def check_accessibility(axe_js: Path) -> Callable[[Page], list[dict[str, Any]]]:
    """Return a function giving a page's serious and critical axe-core violations.

    The page must come from ``new_page(bypass_csp=True)``: axe is injected as an inline
    script, which Cocon's strict Content-Security-Policy rightly refuses.
    """
    return lambda page: axe_violations(page, axe_js)
