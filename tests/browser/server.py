"""The demo site on a free local port, for the browser tests (run by ``conftest.py``).

    python -m tests.browser.server FACTS_FILE

Serves the public site, its static files and the demo's media with Django's
threaded development server (DEBUG stays off: the pages are the production
templates with the production error pages). When the server listens, it writes
``FACTS_FILE``: JSON with its port and the addresses the tests visit (see
``demo_site.describe``); the fixture waits for that file, then for an answer.
"""

import json
import os
import sys
from pathlib import Path


def application():
    """The site's WSGI app, with static files (from the finders) and media files."""
    from django.conf import settings
    from django.contrib.staticfiles.handlers import StaticFilesHandler
    from django.core.wsgi import get_wsgi_application

    from whitenoise import WhiteNoise

    # Media: renditions are made while a page renders, so look files up per request.
    app = WhiteNoise(StaticFilesHandler(get_wsgi_application()), autorefresh=True)
    app.add_files(str(settings.MEDIA_ROOT), prefix=settings.MEDIA_URL)
    return app


def main(facts_file):
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.browser.settings")
    import django

    django.setup()

    from django.core.servers.basehttp import ThreadedWSGIServer, WSGIRequestHandler

    from tests.browser.demo_site import describe

    server = ThreadedWSGIServer(("127.0.0.1", 0), WSGIRequestHandler)
    server.set_app(application())
    facts = {"port": server.server_address[1], **describe()}
    # Write, then rename: the fixture never reads half a file.
    partial = Path(f"{facts_file}.partial")
    partial.write_text(json.dumps(facts, indent=2), encoding="utf-8")
    partial.replace(facts_file)
    server.serve_forever()


if __name__ == "__main__":
    main(sys.argv[1])
