#!/usr/bin/env bash
# Install everything (with the test tools) and run the whole test suite.
# Runs on SQLite; set DATABASE_URL=postgres://... to run it on PostgreSQL.
# Extra arguments go to pytest.
source "$(dirname "$0")/_venv.sh"

.venv/bin/python -m pip install --quiet -e ".[test]"
exec .venv/bin/python -m pytest "$@"
