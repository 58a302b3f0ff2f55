"""Print the SQL query count of every public page type, cold and warm cache.

    .venv/bin/python scripts/query_counts.py            # the demo site
    .venv/bin/python scripts/query_counts.py --more     # demo plus a lot more content
    DATABASE_URL=postgres://... .venv/bin/python scripts/query_counts.py

Runs on a throwaway test database (as the tests do), never on the site's own.
"""

import argparse
import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ["DJANGO_SETTINGS_MODULE"] = "portal.settings.test"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--more", action="store_true", help="add lots of content first")
    parser.add_argument("--show", help="print the queries of this page type")
    args = parser.parse_args()

    import django

    django.setup()
    from django.core.management import call_command
    from django.test import Client
    from django.test.utils import setup_databases, setup_test_environment, teardown_databases

    from tests.query_count_pages import add_more_content, count_queries, public_page_urls

    setup_test_environment()
    old_config = setup_databases(verbosity=0, interactive=False)
    try:
        call_command("load_demo_content", "--no-admin", stdout=io.StringIO())
        if args.more:
            add_more_content()
        urls = public_page_urls()
        client = Client()
        if args.show:
            show(client, args.show, urls[args.show])
            return
        print(f"| {'page type':<42} | status | cold | warm | address")
        for name, url in urls.items():
            status, cold, _ = count_queries(client, url)
            _, warm, _ = count_queries(client, url, cold=False)
            print(f"| {name:<42} | {status:>6} | {cold:>4} | {warm:>4} | {url}")
    finally:
        teardown_databases(old_config, verbosity=0)


def show(client, name, url):
    """Each query of one page, with the lines of project code that caused it."""
    import traceback

    from django.core.cache import cache
    from django.db import connection

    def where(execute, sql, params, many, context):
        frames = [
            f"{Path(f.filename).relative_to(ROOT)}:{f.lineno} {f.name}"
            for f in traceback.extract_stack()
            if str(ROOT) in f.filename
            and ".venv" not in f.filename
            and "scripts/" not in f.filename
        ]
        sql_from = sql[sql.find(" FROM ") :] if " FROM " in sql else sql
        print(sql_from[:300])
        print("    " + " < ".join(reversed(frames[-4:])) + "\n")
        return execute(sql, params, many, context)

    cache.clear()
    with connection.execute_wrapper(where):
        response = client.get(url)
        if response.streaming:
            b"".join(response.streaming_content)
    print(name, url, response.status_code)


if __name__ == "__main__":
    main()
