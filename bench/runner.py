"""``python -m bench run``: for each scale, build a database, serve it, load it.

Heavy building steps run under ``nice -n 19`` (the machine is shared); the
server and wrk do not, since they are the measurement. Results go to
``bench/results/scale-<n>x.json``; the report is written from those files.
"""

import contextlib
import gzip
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

from .machine import machine_info
from .sizes import Sizes

ROOT = Path(__file__).resolve().parent.parent
RESULTS = Path(__file__).resolve().parent / "results"
PYTHON = sys.executable
GUNICORN = str(Path(PYTHON).with_name("gunicorn"))
WRK = shutil.which("wrk") or "/usr/bin/wrk"
# A longer timeout than the 2 s default: slow pages count in the latency, not as errors.
WRK_ARGS = ["-t2", "-c16", "--latency", "--timeout", "30s"]
NICE = ["nice", "-n", "19"]
TEMPLATE = "meedoen_bench_demo"  # migrated, with the demo content: every scale starts here


def database_name(scale):
    return "meedoen_bench_" + f"{scale:g}".replace(".", "_") + "x"


def run_command(options):
    # Stopped with kill: still stop the server and drop the databases (finally below).
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    if not Path(WRK).exists():
        sys.exit("wrk is missing: apt-get install wrk")
    requested = os.environ.get("BENCH_CACHE", "").lower()
    if requested and requested not in ("on", "off"):
        sys.exit(f"BENCH_CACHE must be 'on' or 'off', not {requested!r}")
    modes = [requested] if requested else ["off", "on"]
    RESULTS.mkdir(exist_ok=True)
    secret_key = secrets.token_urlsafe(64)
    static_root = tempfile.mkdtemp(prefix="meedoen-bench-static-")
    created = []
    try:
        if not (options.reuse and database_exists(options.postgres, TEMPLATE)):
            build_template(options.postgres)
        created.append(TEMPLATE)
        for scale in options.scales:
            name = database_name(scale)
            database_url = f"{options.postgres.rstrip('/')}/{name}"
            previous = RESULTS / f"scale-{scale:g}x.json"
            if options.reuse and database_exists(options.postgres, name):
                print(f"== reusing {name}", flush=True)
                timings = json.loads(previous.read_text())["timings"] if previous.exists() else {}
                # Measure the code as it is now: its migrations (new indexes) too.
                migrate(database_url)
            else:
                recreate_database(options.postgres, name, template=TEMPLATE)
                timings = build(scale, database_url, index=not options.no_index)
            created.append(name)
            result = {
                "scale": scale,
                "database": name,
                "sizes": Sizes.for_scale(scale).__dict__,
                "timings": timings,
                "duration": options.duration,
                "machine": machine_info(),
                "modes": {},
            }
            if not any(Path(static_root).iterdir()):
                collectstatic(server_env(database_url, secret_key, static_root, "off", 0))
            if options.reference:
                result["reference"] = measure_reference(
                    options.reference, options.reference_pid, options.duration
                )
            for mode in modes:
                env = server_env(database_url, secret_key, static_root, mode, options.redis_db)
                result["modes"][mode] = measure(env, options.duration)
            path = RESULTS / f"scale-{scale:g}x.json"
            path.write_text(json.dumps(result, indent=2, default=str), encoding="utf-8")
            print(f"Wrote {path.relative_to(ROOT)}")
            print_table(result)
    finally:
        shutil.rmtree(static_root, ignore_errors=True)
        scales = [name for name in created if name != TEMPLATE]
        keep = {"all": created, "none": [], "largest": scales[-1:]}[options.keep]
        for name in created:
            if name not in keep:
                drop_database(options.postgres, name)
        if keep:
            print(f"Kept database(s): {', '.join(keep)}")
    if not options.no_report:
        from .report import write_report

        write_report()
    return 0


# -- databases ----------------------------------------------------------------


def admin_connection(postgres):
    import psycopg

    return psycopg.connect(f"{postgres.rstrip('/')}/postgres", autocommit=True)


def database_exists(postgres, name):
    with admin_connection(postgres) as connection:
        found = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
        return found.fetchone() is not None


def recreate_database(postgres, name, template=None):
    from psycopg import sql

    create = sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name))
    if template:
        create += sql.SQL(" TEMPLATE {}").format(sql.Identifier(template))
    with admin_connection(postgres) as connection:
        connection.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(name)))
        connection.execute(create)


def build_template(postgres):
    """Migrate and load the demo once; each scale starts from a copy of it."""
    recreate_database(postgres, TEMPLATE)
    env = build_env(f"{postgres.rstrip('/')}/{TEMPLATE}")
    for label, command in STEPS_BEFORE_GENERATING:
        run_step(label, command, env, TEMPLATE)
    # CREATE DATABASE ... TEMPLATE needs the template to have no connections.
    with admin_connection(postgres) as connection:
        connection.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s",
            [TEMPLATE],
        )


def drop_database(postgres, name):
    from psycopg import sql

    with admin_connection(postgres) as connection:
        connection.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(name)))


MIGRATE = [PYTHON, "manage.py", "migrate", "--no-input", "-v0"]
STEPS_BEFORE_GENERATING = [
    ("migrate", MIGRATE),
    ("demo content", [PYTHON, "manage.py", "load_demo_content", "--no-admin"]),
]


def build_env(database_url):
    env = dict(os.environ, DATABASE_URL=database_url, DJANGO_SETTINGS_MODULE="portal.settings.dev")
    env.pop("REDIS_URL", None)
    return env


def migrate(database_url):
    name = database_url.rsplit("/", 1)[-1]
    run_step("migrate", MIGRATE, build_env(database_url), name)
    vacuum(database_url)


def build(scale, database_url, index=True):
    """Grow a copy of the demo database to ``scale``; returns seconds per step."""
    env = build_env(database_url)
    steps = [("generate", [PYTHON, "-m", "bench", "generate", "--scale", f"{scale:g}"])]
    if index:
        steps.append(("search index", [PYTHON, "manage.py", "update_index", "-v0"]))
    name = database_url.rsplit("/", 1)[-1]
    timings = {label: run_step(label, command, env, name) for label, command in steps}
    vacuum(database_url)
    return timings


def vacuum(database_url):
    """VACUUM ANALYZE, as autovacuum would soon after the build: the search index
    arrives after the generator's own VACUUM, and until a vacuum its GIN index
    keeps new entries in a pending list every search reads through (search at
    20x: 32 ms for the count instead of 11 ms)."""
    import psycopg

    print(f"== vacuum ({database_url.rsplit('/', 1)[-1]})", flush=True)
    with psycopg.connect(database_url, autocommit=True) as connection:
        connection.execute("VACUUM ANALYZE")


def run_step(label, command, env, database):
    print(f"== {label} ({database})", flush=True)
    started = time.monotonic()
    quiet = label == "demo content"  # hundreds of lines of wagtail-localize notes
    subprocess.run(  # noqa: S603 (our own commands)
        NICE + command,
        cwd=ROOT,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL if quiet else None,
    )
    seconds = round(time.monotonic() - started, 1)
    print(f"   {seconds}s", flush=True)
    return seconds


# -- the server ---------------------------------------------------------------


def server_env(database_url, secret_key, static_root, cache, redis_db):
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        SECRET_KEY=secret_key,
        ALLOWED_HOSTS="127.0.0.1",
        SECURE_SSL_REDIRECT="false",  # loopback has no TLS
        DATABASE_URL=database_url,
        STATIC_ROOT=static_root,
        BENCH_CACHE=cache,
        LOG_LEVEL="WARNING",
    )
    env.pop("REDIS_URL", None)
    if cache == "on":
        env["REDIS_URL"] = f"redis://127.0.0.1:6379/{redis_db}"
        # A fresh prefix per run: nothing cached by an earlier run is reused.
        env["CACHE_KEY_PREFIX"] = f"meedoen-bench-{secrets.token_hex(4)}"
    return env


def collectstatic(env):
    subprocess.run(  # noqa: S603
        NICE + [PYTHON, "manage.py", "collectstatic", "--no-input", "-v0"],
        cwd=ROOT,
        env=env,
        check=True,
    )


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def gunicorn(env):
    port = free_port()
    log = tempfile.NamedTemporaryFile(  # noqa: SIM115 (lives as long as the server)
        prefix="meedoen-bench-gunicorn-", suffix=".log", delete=False
    )
    command = [GUNICORN, "portal.wsgi", "--workers", "2", "--worker-class", "sync"]
    command += ["--bind", f"127.0.0.1:{port}", "--error-logfile", log.name]
    server = subprocess.Popen(command, cwd=ROOT, env=env)  # noqa: S603
    try:
        wait_until_up(f"http://127.0.0.1:{port}/", server, log.name)
        yield server, f"http://127.0.0.1:{port}"
    finally:
        server.terminate()
        server.wait(timeout=30)
        os.unlink(log.name)


def wait_until_up(url, server, log_name, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            sys.exit(f"gunicorn stopped:\n{Path(log_name).read_text()}")
        try:
            # The first answer waits for a worker to import Django and the site.
            with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 (loopback)
                if response.status == 200:
                    return
        except OSError:  # refused while starting, or timed out (URLError is an OSError)
            time.sleep(0.2)
    sys.exit(f"gunicorn did not answer within {timeout}s:\n{Path(log_name).read_text()}")


def worker_cpu_seconds(master_pid):
    """User + system CPU of the master's worker processes so far."""
    ticks = os.sysconf("SC_CLK_TCK")
    children = Path(f"/proc/{master_pid}/task/{master_pid}/children").read_text().split()
    total = 0
    for pid in children:
        with contextlib.suppress(FileNotFoundError):
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / ticks


# -- measuring ----------------------------------------------------------------


def measure(env, duration):
    with tempfile.NamedTemporaryFile(suffix=".json") as output:
        subprocess.run(  # noqa: S603
            [PYTHON, "-m", "bench", "probe", "--output", output.name],
            cwd=ROOT,
            env=env,
            check=True,
        )
        probe = json.loads(Path(output.name).read_text())
    rows = []
    with gunicorn(env) as (server, base):
        for page in probe["urls"]:
            url = base + page["path"]
            # A failing page is still loaded: its errors show in the table.
            with (
                contextlib.suppress(urllib.error.HTTPError),
                urllib.request.urlopen(url, timeout=60) as response,  # noqa: S310 (loopback)
            ):
                response.read()
            before = worker_cpu_seconds(server.pid)
            # Other work on a shared machine skews the figures: record how busy it was.
            load_average = os.getloadavg()[0]
            load = run_wrk(url, duration)
            load["load_average"] = round(max(load_average, os.getloadavg()[0]), 1)
            cpu = worker_cpu_seconds(server.pid) - before
            load["cpu_ms_per_request"] = (
                round(1000 * cpu / load["requests"], 1) if load["requests"] else None
            )
            rows.append(dict(page, **load))
            print(
                f"   {env['BENCH_CACHE']:>3} {page['name']:<28} "
                f"{load['requests_per_second']:>8.1f} req/s "
                f"p50 {load['p50_ms']:>8.1f} ms p99 {load['p99_ms']:>8.1f} ms",
                flush=True,
            )
    return {"pages": rows, "data": probe["data"]}


def measure_reference(url, master_pid, duration):
    """Another site's page under the same load as ours, on the same machine in
    the same run: the issue's reference (bakerydemo) measured here rather
    than taken from another machine."""
    with urllib.request.urlopen(url, timeout=60) as response:  # noqa: S310 (the user's URL)
        body = response.read()
    before = worker_cpu_seconds(master_pid) if master_pid else None
    load = run_wrk(url, duration)
    load.update(url=url, html_bytes=len(body), gzip_bytes=len(gzip.compress(body, compresslevel=6)))
    load["cpu_ms_per_request"] = None
    if master_pid and load["requests"]:
        cpu = worker_cpu_seconds(master_pid) - before
        load["cpu_ms_per_request"] = round(1000 * cpu / load["requests"], 1)
    print(
        f"   reference {url}: {load['requests_per_second']:.1f} req/s "
        f"p50 {load['p50_ms']:.1f} ms p99 {load['p99_ms']:.1f} ms",
        flush=True,
    )
    return load


def run_wrk(url, duration):
    completed = subprocess.run(  # noqa: S603
        [WRK, *WRK_ARGS, f"-d{duration}", url], capture_output=True, text=True, check=True
    )
    return parse_wrk(completed.stdout)


UNITS_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}


def parse_wrk(output):
    """requests/s, p50 and p99 latency (ms), request count and errors from wrk --latency."""

    def latency(percent):
        match = re.search(rf"^\s*{percent}%\s+([\d.]+)(us|ms|s|m)\s*$", output, re.MULTILINE)
        if not match:
            raise ValueError(f"wrk output has no {percent}% latency:\n{output}")
        return round(float(match[1]) * UNITS_MS[match[2]], 2)

    rate = re.search(r"^Requests/sec:\s+([\d.]+)", output, re.MULTILINE)
    count = re.search(r"^\s*(\d+) requests in", output, re.MULTILINE)
    if not rate or not count:
        raise ValueError(f"Unexpected wrk output:\n{output}")
    non_2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    socket_errors = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output
    )
    return {
        "requests_per_second": float(rate[1]),
        "p50_ms": latency(50),
        "p99_ms": latency(99),
        "requests": int(count[1]),
        "non_2xx": int(non_2xx[1]) if non_2xx else 0,
        "socket_errors": sum(int(n) for n in socket_errors.groups()) if socket_errors else 0,
    }


def print_table(result):
    for mode, measured in result["modes"].items():
        print(f"\nscale {result['scale']:g}x, cache {mode}")
        for row in measured["pages"]:
            print(
                f"  {row['name']:<28} {row['requests_per_second']:>8.1f} req/s "
                f"p50 {row['p50_ms']:>8.1f} p99 {row['p99_ms']:>8.1f} ms "
                f"{row['queries']:>4} queries {row['html_bytes']:>9} B {row['gzip_bytes']:>8} B gz"
            )
