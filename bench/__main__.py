"""The benchmark's command line: ``python -m bench run`` does everything.

    python -m bench run --scales 1 5 20        # build, serve, load, report (docs/performance.md)
    python -m bench run --scales 1 --duration 3s   # a quick look
    python -m bench generate --scale 1         # only grow the database in DATABASE_URL
    python -m bench report                     # rewrite docs/performance.md from bench/results/
    python -m bench profile / --cprofile       # where one page's time goes (DATABASE_URL)
    python -m bench instructions /             # instructions per request, repeatable (valgrind)

``run`` needs PostgreSQL (``--postgres``, default postgres://postgres@127.0.0.1:5432),
``wrk`` and, for the cached pass, Redis. Set ``BENCH_CACHE=on`` or ``off`` to run one
pass only; by default both run.
"""

import argparse
import os
import sys


def scale_value(text):
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if value <= 0:
        raise argparse.ArgumentTypeError("the scale factor must be positive")
    return value


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)

    run = commands.add_parser("run", help="build each scale, serve it, load it, write the report")
    run.add_argument("--scales", type=scale_value, nargs="+", default=[1.0, 5.0, 20.0])
    run.add_argument("--duration", default="15s", help="wrk duration per page (default 15s)")
    run.add_argument("--postgres", default="postgres://postgres@127.0.0.1:5432")
    run.add_argument("--redis-db", type=int, default=13, help="Redis database for BENCH_CACHE=on")
    run.add_argument(
        "--keep",
        choices=["largest", "all", "none"],
        default="largest",
        help="which meedoen_bench_* databases to keep afterwards (default: the largest scale)",
    )
    run.add_argument(
        "--reuse",
        action="store_true",
        help="measure an existing meedoen_bench_* database again (migrated first)",
    )
    run.add_argument("--no-index", action="store_true", help="skip update_index")
    run.add_argument(
        "--reference",
        metavar="URL",
        help="also load this page of another site already served on this machine "
        "(bakerydemo's home page, say) with the same wrk settings, before each scale",
    )
    run.add_argument(
        "--reference-pid",
        type=int,
        metavar="PID",
        help="the reference server's gunicorn master, for its CPU per request",
    )
    run.add_argument("--no-report", action="store_true", help="do not rewrite docs/performance.md")

    generate = commands.add_parser("generate", help="grow the demo in DATABASE_URL to a scale")
    generate.add_argument("--scale", type=scale_value, required=True)
    generate.add_argument("--seed", type=int, default=20)
    generate.add_argument("--quiet", action="store_true")

    probe = commands.add_parser("probe", help="(internal) pick the URLs and count their queries")
    probe.add_argument("--output", required=True)

    commands.add_parser("report", help="rewrite docs/performance.md and the plot from results")

    profile = commands.add_parser(
        "profile", help="CPU, wall time and queries per request of paths, in-process"
    )
    profile.add_argument("paths", nargs="+", help="paths such as / or /zoeken/?q=bankjes")
    profile.add_argument("--requests", type=int, default=50, help="requests per path")
    profile.add_argument("--cprofile", action="store_true", help="print the costliest functions")
    profile.add_argument("--sql", action="store_true", help="print each query and its time")
    profile.add_argument("--top", type=int, default=30, help="functions to print with --cprofile")

    instructions = commands.add_parser(
        "instructions", help="instructions per request of paths, counted by valgrind (repeatable)"
    )
    instructions.add_argument("paths", nargs="+", help="paths such as / or /zoeken/?q=bankjes")
    instructions.add_argument("--requests", type=int, default=5, help="requests counted per path")
    instructions.add_argument("--inside", action="store_true", help=argparse.SUPPRESS)

    options = parser.parse_args(argv)
    if options.command == "generate":
        return generate_command(options)
    if options.command == "probe":
        from .probe import probe_command

        return probe_command(options)
    if options.command == "profile":
        from .profile import profile_command

        return profile_command(options)
    if options.command == "instructions":
        from .instructions import instructions_command

        return instructions_command(options)
    if options.command == "report":
        from .report import write_report

        write_report()
        return 0
    from .runner import run_command

    return run_command(options)


def generate_command(options):
    import time

    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")
    django.setup()
    from .generate import CityGenerator
    from .progress import Progress

    started = time.monotonic()
    report = CityGenerator(
        options.scale, seed=options.seed, progress=Progress(not options.quiet)
    ).run()
    from django.db import connection

    if connection.vendor == "postgresql":
        # Fresh statistics and visibility map, as autovacuum would make soon
        # after such an insert: without the statistics the planner takes the
        # big tables for small ones and the home page's counts alone take
        # seconds (4.4 s instead of 30 ms at 5x); without the map an
        # index-only scan still reads the table.
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")
    for what, n in sorted(report.added.items()):
        print(f"  {what}: {n}")
    print(f"Generated scale {options.scale:g}x in {time.monotonic() - started:.1f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
