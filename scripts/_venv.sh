# Sourced by the other scripts: find Python 3.11+ and make sure .venv exists.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

if [ ! -x .venv/bin/python ]; then
    python=""
    for candidate in python3.13 python3.12 python3.11 python3; do
        if command -v "$candidate" >/dev/null 2>&1 &&
            "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
            python=$candidate
            break
        fi
    done
    if [ -z "$python" ]; then
        echo "Meedoen needs Python 3.11 or newer; none was found on PATH." >&2
        exit 1
    fi
    "$python" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
