#!/usr/bin/env bash
# Install everything (with the test tools) and run the whole test suite.
# Runs on SQLite; set DATABASE_URL=postgres://... to run it on PostgreSQL.
# Extra arguments go to pytest.
source "$(dirname "$0")/_venv.sh"

# requirements.lock pins every version, so what runs is what .ci/run audits.
.venv/bin/python -m pip install --quiet -e ".[test]" -c requirements.lock

# The browser tests (tests/browser/) run axe-core in Chromium. pip cannot install
# it: it comes from the npm registry, into the git-ignored .cache/. Chromium and
# chromedriver are Debian packages (.ci/run installs them); without them the
# browser tests skip locally and fail in CI.
AXE_CORE_VERSION=4.14.1
axe_dir=.cache/browser-tests
installed=$(.venv/bin/python -c 'import json, sys
try:
    print(json.load(open(sys.argv[1]))["version"])
except OSError:
    pass' "$axe_dir/node_modules/axe-core/package.json")
if [ "$installed" != "$AXE_CORE_VERSION" ]; then
    if command -v npm >/dev/null 2>&1; then
        mkdir -p "$axe_dir"
        npm install --silent --no-save --no-audit --no-fund --prefix "$axe_dir" \
            "axe-core@$AXE_CORE_VERSION"
    else
        echo "npm not found: axe-core is missing, so the browser tests skip (and fail in CI)." >&2
    fi
fi

exec .venv/bin/python -m pytest "$@"
