"""Indexes that hold everything the idea figures count, on PostgreSQL.

The home page counts every idea (how many, how many answered, how many
closed with a reason); a neighbourhood page and its register count their
register's ideas by status, theme and days to the first answer. Both join
the ideas to Wagtail's page table (live, language, place in the tree), which
``pages_page_visibility`` serves in id order. With the counted columns next
to the id in these indexes, PostgreSQL reads two narrow indexes side by side
(a merge join) instead of reading the idea rows and hashing them: on the
benchmark's 20,000 ideas the home page's figures took 7.6 ms instead of
11.8 ms, the biggest register's (6,500 ideas) 4.1 ms instead of 10.0 ms. SQLite has no
INCLUDE columns, and model ``Meta.indexes`` with them would warn there
(models.W040); SQLite's few ideas need no such help.
"""

from django.db import migrations

from pages.postgres_indexes import postgres_index


class Migration(migrations.Migration):
    dependencies = [
        ("feedback", "0005_idea_register_key"),
        ("pages", "0006_page_visibility_index"),
    ]

    operations = [
        postgres_index(
            "idea_figures", "feedback_ideapage (page_ptr_id) INCLUDE (status, first_answer_on)"
        ),
        postgres_index(
            "idea_register_figures",
            "feedback_ideapage (register_key, page_ptr_id)"
            " INCLUDE (status, days_to_first_answer, theme_id)",
        ),
    ]
