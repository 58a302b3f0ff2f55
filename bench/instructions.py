"""``python -m bench instructions``: CPU instructions per request, counted by valgrind.

Requests/s and CPU milliseconds move with whatever else the machine is doing;
on a shared 2-core machine the same code measured twice differed by up to 50%.
The number of instructions a request executes does not: callgrind counts them,
and the same code on the same data gives the same count to a few parts in a
thousand. So two versions of the code can be compared in minutes, on any
machine, by running this command in each (a ``git worktree`` for the old one)
against the same database.

Each path runs in its own process under ``valgrind --tool=callgrind`` (Debian
package ``valgrind``), with counting switched on only around the measured
requests: Django's start-up and the warm-up requests are not counted. Python
runs about 50 times slower under valgrind, so keep ``--requests`` small.
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile

from .profile import collected_static, prepare_environment, wsgi_getter

WARM_UP = 3


def instructions_command(options):
    if options.inside:
        return _count_inside(options.paths[0], options.requests)
    missing = [tool for tool in ("valgrind", "callgrind_control") if not shutil.which(tool)]
    if missing:
        sys.exit(f"{' and '.join(missing)} not found: install Debian's valgrind package.")
    # Once here, for every counting process: they inherit STATIC_ROOT.
    collected_static()
    for path in options.paths:
        millions = instructions_per_request(path, options.requests)
        print(f"{millions:8.2f} million instructions per request  {path}")
    return 0


def instructions_per_request(path, requests):
    """Millions of instructions one request of ``path`` executes (average of ``requests``)."""
    with tempfile.TemporaryDirectory(prefix="meedoen-callgrind-") as folder:
        command = [
            "valgrind",
            "--tool=callgrind",
            "--instr-atstart=no",
            f"--callgrind-out-file={folder}/callgrind.%p",
            sys.executable,
            "-m",
            "bench",
            "instructions",
            "--inside",
            "--requests",
            str(requests),
            path,
        ]
        done = subprocess.run(command, capture_output=True, text=True, check=False)  # noqa: S603
    collected = re.search(r"Collected\s*:\s*([\d,]+)", done.stderr)
    if done.returncode != 0 or not collected:
        sys.exit(f"Counting {path} failed:\n{done.stdout}{done.stderr[-3000:]}")
    return int(collected[1].replace(",", "")) / requests / 1e6


def _callgrind(*arguments):
    subprocess.run(  # noqa: S603
        ["callgrind_control", *arguments, str(os.getpid())],  # noqa: S607
        capture_output=True,
        check=True,
    )


def _count_inside(path, requests):
    """Under valgrind: warm up uncounted, then count ``requests`` requests."""
    prepare_environment()
    import django

    django.setup()
    get = wsgi_getter(path)
    for _ in range(WARM_UP):
        status, _size = get()
    if not status.startswith(("2", "3", "4")):
        sys.exit(f"{path} answered {status}")
    _callgrind("--instr=on")
    for _ in range(requests):
        get()
    _callgrind("--instr=off")
    return 0
