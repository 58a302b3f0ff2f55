"""``python -m bench profile``: where one page's time goes, without a server.

Requests each path in-process with the production settings against the
database in ``DATABASE_URL`` (a bench database, say) and prints, per path, the
CPU and wall time per request, the SQL queries and the time the database took.
With ``--cprofile`` it also prints the functions that cost the most. CPU time
is this process only, so it is what a gunicorn worker would spend; the
database's own CPU shows in the gap between wall time and CPU time.
"""

import cProfile
import os
import pstats
import secrets
import tempfile
import time


def prepare_environment():
    """Production settings with throwaway secrets, as the bench server has."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.production")
    os.environ.setdefault("SECRET_KEY", secrets.token_urlsafe(64))
    os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1")
    os.environ.setdefault("SECURE_SSL_REDIRECT", "false")
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    if "STATIC_ROOT" not in os.environ:
        os.environ["STATIC_ROOT"] = tempfile.mkdtemp(prefix="meedoen-profile-static-")


def collected_static():
    """Django set up as the bench server has it, with the static files
    collected: production settings refuse to render a page whose CSS is not."""
    prepare_environment()
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command

    if not (settings.STATIC_ROOT / "staticfiles.json").exists():
        call_command("collectstatic", interactive=False, verbosity=0)


def profile_command(options):
    collected_static()
    for path in options.paths:
        profile_path(path, options.requests, options.cprofile, options.top, options.sql)
    return 0


def profile_path(path, requests, with_cprofile, top, show_sql=False, sql_width=300):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    get = wsgi_getter(path)
    for _ in range(3):  # warm the templates, the URL resolver and the connection
        get()
    with CaptureQueriesContext(connection) as queries:
        status, size = get()
        # Read now: the next request empties the connection's query log.
        count = len(queries.captured_queries)
        sql_ms = sum(float(q["time"]) for q in queries.captured_queries) * 1000
        if show_sql:
            for query in queries.captured_queries:
                print(f"  [{float(query['time']) * 1000:.0f} ms] {query['sql'][:sql_width]}")
    profiler = cProfile.Profile() if with_cprofile else None
    cpu_started, wall_started = time.process_time(), time.perf_counter()
    if profiler:
        profiler.enable()
    for _ in range(requests):
        get()
    if profiler:
        profiler.disable()
    cpu = (time.process_time() - cpu_started) * 1000 / requests
    wall = (time.perf_counter() - wall_started) * 1000 / requests
    print(
        f"{path}\n  status {status}, {size} bytes, {count} queries ({sql_ms:.1f} ms in SQL), "
        f"CPU {cpu:.2f} ms, wall {wall:.2f} ms per request"
    )
    if profiler:
        stats = pstats.Stats(profiler)
        stats.sort_stats("tottime").print_stats(top)
        stats.sort_stats("cumulative").print_stats(top)


def wsgi_getter(path):
    """A function that requests ``path`` through Django's WSGI handler, as
    gunicorn calls it (the test client adds signal and template bookkeeping
    that would show up in the profile)."""
    from django.core.handlers.wsgi import WSGIHandler
    from django.test import RequestFactory

    handler = WSGIHandler()
    route, _, query = path.partition("?")
    base = RequestFactory(HTTP_HOST="127.0.0.1")._base_environ(
        PATH_INFO=route, QUERY_STRING=query, REQUEST_METHOD="GET"
    )

    def get():
        answer = {}

        def start_response(status, headers, exc_info=None):
            answer["status"] = status.split()[0]

        body = handler(dict(base), start_response)
        try:
            size = sum(len(chunk) for chunk in body)
        finally:
            if hasattr(body, "close"):
                body.close()  # fires request_finished, as a server does
        return answer["status"], size

    return get
