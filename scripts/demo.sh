#!/usr/bin/env bash
# Install everything, load the Dutch demo content and serve the site at
# http://127.0.0.1:8000 (the admin login is printed before the server starts).
source "$(dirname "$0")/_venv.sh"

.venv/bin/python -m pip install --quiet -e . -c requirements.lock
.venv/bin/python manage.py migrate --no-input -v 0 && echo "Database ready."
.venv/bin/python manage.py load_demo_content
echo
echo "Meedoen runs at http://127.0.0.1:8000 — stop it with Ctrl+C."
exec .venv/bin/python manage.py runserver 127.0.0.1:8000
