"""Browser tests: the demo site in real headless Chromium (Debian's ``chromium``).

The rest of the suite loads the demo once into pytest-django's test database
and rolls every test back; pytest-django's ``live_server`` would flush that
database after a test. So the browser gets a server of its own, in another
process, on a database of its own:

1. ``demo_database``: a new SQLite file, or, when DATABASE_URL is PostgreSQL, a
   new database ``test_<name>_browser`` on the same server (made and dropped
   here with psycopg);
2. ``demo``: ``manage.py migrate`` and ``manage.py load_demo_content --no-admin``
   in subprocesses on that database, then ``tests/browser/server.py`` on a free
   port; it tells its port and the addresses to visit in a JSON file, and the
   fixture waits until the home page answers. Stopped and cleaned up at the end.
3. ``browser``: one Chromium for the whole session, through Selenium and
   Debian's chromedriver (so Selenium Manager never downloads anything).

axe-core comes from the npm registry into ``.cache/`` (``scripts/test.sh``
installs it). When Chromium, chromedriver or axe-core is missing, the tests
skip with the reason locally and fail in CI (CI=true): there they must run.
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin, urlsplit, urlunsplit

import dj_database_url
import pytest
from selenium import webdriver
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.chrome.service import Service

from . import support

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("MEEDOEN_CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("MEEDOEN_CHROMEDRIVER", "/usr/bin/chromedriver")
AXE_JS = Path(
    os.environ.get(
        "MEEDOEN_AXE_JS", ROOT / ".cache" / "browser-tests" / "node_modules/axe-core/axe.min.js"
    )
)
# The only switches Chromium gets (besides a fresh profile and the window size):
# headless, no sandbox (CI runs as root), and nothing that reaches the network.
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
WINDOW_SIZE = (1280, 900)
SETUP_TIMEOUT = 600  # seconds, for migrate and the demo content on a slow machine
START_TIMEOUT = 60  # seconds, for the server to answer


def in_ci():
    return os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}


def unavailable(reason):
    """Skip locally; fail in CI, where the browser tests must run."""
    if in_ci():
        pytest.fail(f"{reason} (CI is set: the browser tests must run, not skip)", pytrace=False)
    pytest.skip(reason)


@dataclass(frozen=True)
class BrowserTools:
    chromium: str
    chromedriver: str
    axe_source: str


@pytest.fixture(scope="session")
def browser_tools():
    """Chromium, chromedriver and axe-core, or a skip (in CI a failure) saying why."""
    for path in (CHROMIUM, CHROMEDRIVER):
        if not os.access(path, os.X_OK):
            unavailable(f"{path} not found: apt-get install chromium chromium-driver")
    if not AXE_JS.is_file():
        unavailable(f"axe-core not found at {AXE_JS}: run scripts/test.sh, which installs it")
    return BrowserTools(CHROMIUM, CHROMEDRIVER, AXE_JS.read_text(encoding="utf-8"))


# --- The demo server -----------------------------------------------------------


@contextmanager
def separate_database(folder):
    """A database URL of its own for the demo server; dropped afterwards."""
    url = os.environ.get("DATABASE_URL", "")
    if not url or dj_database_url.parse(url)["ENGINE"] != "django.db.backends.postgresql":
        yield f"sqlite:///{folder / 'browser.sqlite3'}"
        return

    import psycopg
    from psycopg import sql

    parts = urlsplit(url)
    name = f"test_{parts.path.lstrip('/') or 'meedoen'}_browser"[:63]
    maintenance = urlunsplit(parts._replace(scheme="postgresql", path="/postgres"))

    def drop(connection):
        # WITH (FORCE): a server that did not stop cleanly may still hold connections.
        connection.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
        )

    with psycopg.connect(maintenance, autocommit=True) as connection:
        drop(connection)
        connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    try:
        yield urlunsplit(parts._replace(path=f"/{name}"))
    finally:
        with psycopg.connect(maintenance, autocommit=True) as connection:
            drop(connection)


def run_step(arguments, env, log):
    """Run one setup command; on failure, fail with its output."""
    result = subprocess.run(  # noqa: S603 - our own manage.py with fixed arguments
        [sys.executable, *arguments],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=SETUP_TIMEOUT,
        check=False,
    )
    log.write_text(result.stdout + result.stderr, encoding="utf-8")
    if result.returncode:
        pytest.fail(
            f"{' '.join(arguments)} failed for the browser tests' database:\n"
            + (result.stdout + result.stderr)[-4000:],
            pytrace=False,
        )


def wait_for_server(process, facts_file, log):
    """The facts the server wrote, once its home page answers."""
    deadline = time.monotonic() + START_TIMEOUT
    facts = None
    while time.monotonic() < deadline:
        if process.poll() is not None:
            break
        if facts is None and facts_file.exists():
            facts = json.loads(facts_file.read_text(encoding="utf-8"))
        if facts is not None:
            try:
                with urllib.request.urlopen(  # noqa: S310 - our own local server
                    f"http://127.0.0.1:{facts['port']}/", timeout=5
                ) as response:
                    if response.status == 200:
                        return facts
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
        time.sleep(0.1)  # polling a starting process: there is nothing to wait on
    output = log.read_text(encoding="utf-8", errors="replace")[-4000:] if log.exists() else ""
    pytest.fail(f"The browser tests' demo server did not start:\n{output}", pytrace=False)


@dataclass(frozen=True)
class Demo:
    """The running demo server: its address and the pages to visit."""

    base_url: str
    pages: dict
    neighbourhood_id: int
    idea_id: int
    translated_idea: dict | None
    untranslated_page: dict | None

    def url(self, page_type, language="nl"):
        return urljoin(self.base_url, self.pages[page_type][language])


@pytest.fixture(scope="session")
def demo(browser_tools):
    """The demo site, served from its own process and database (see the module docstring)."""
    folder = Path(tempfile.mkdtemp(prefix="meedoen-browser-"))
    media = folder / "media"
    media.mkdir()
    process = None
    try:
        with separate_database(folder) as database_url:
            env = {
                **os.environ,
                "DATABASE_URL": database_url,
                "DJANGO_SETTINGS_MODULE": "tests.browser.settings",
                "MEEDOEN_BROWSER_MEDIA_ROOT": str(media),
                # The test settings make a temporary folder per process: keep them in ours.
                "TMPDIR": str(folder),
                "PYTHONUNBUFFERED": "1",
            }
            run_step(["manage.py", "migrate", "--no-input", "-v0"], env, folder / "migrate.log")
            run_step(["manage.py", "load_demo_content", "--no-admin"], env, folder / "demo.log")
            facts_file = folder / "facts.json"
            log = folder / "server.log"
            with log.open("w", encoding="utf-8") as output:
                process = subprocess.Popen(  # noqa: S603 - our own server module
                    [sys.executable, "-m", "tests.browser.server", str(facts_file)],
                    cwd=ROOT,
                    env=env,
                    stdout=output,
                    stderr=subprocess.STDOUT,
                )
            facts = wait_for_server(process, facts_file, log)
            yield Demo(
                base_url=f"http://127.0.0.1:{facts['port']}",
                pages=facts["pages"],
                neighbourhood_id=facts["neighbourhood_id"],
                idea_id=facts["idea_id"],
                translated_idea=facts["translated_idea"],
                untranslated_page=facts["untranslated_page"],
            )
            stop(process)
    finally:
        if process is not None:
            stop(process)
        shutil.rmtree(folder, ignore_errors=True)


def stop(process):
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


# --- The browser ---------------------------------------------------------------


@pytest.fixture(scope="session")
def browser(browser_tools):
    """One headless Chromium for the whole session."""
    # Selenium Manager is skipped when the driver's path is given; this keeps it offline anyway.
    os.environ.setdefault("SE_OFFLINE", "true")
    profile = Path(tempfile.mkdtemp(prefix="meedoen-chromium-"))
    options = webdriver.ChromeOptions()
    options.binary_location = browser_tools.chromium
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={profile}")
    options.add_argument(f"--window-size={WINDOW_SIZE[0]},{WINDOW_SIZE[1]}")
    # Dutch visitors: the site's own default, whatever the machine's locale.
    options.add_experimental_option("prefs", {"intl.accept_languages": "nl"})
    service = Service(executable_path=browser_tools.chromedriver, log_output=subprocess.DEVNULL)
    try:
        driver = webdriver.Chrome(service=service, options=options)
    except WebDriverException as error:
        shutil.rmtree(profile, ignore_errors=True)
        unavailable(f"Chromium did not start: {error.msg}")
    driver.set_page_load_timeout(30)
    driver.set_script_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture(autouse=True)
def fresh_browser(browser):
    """Each test starts without cookies (votes, CSRF) and with the screen media of a window."""
    support.reset_browser(browser)
    yield
    support.reset_emulation(browser)
