"""Settings of the browser tests' demo server: the test settings, with one media folder.

``portal.settings.test`` makes a new temporary media folder in every process.
The browser tests load the demo in one process (``manage.py load_demo_content``)
and serve it from another (``tests/browser/server.py``), so both must use the
folder the fixture made, or the demo's pictures would be missing in the browser.
"""

import os

from portal.settings.test import *  # noqa: F403

MEDIA_ROOT = os.environ["MEEDOEN_BROWSER_MEDIA_ROOT"]
