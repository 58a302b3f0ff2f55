"""Background tasks of the feedback register, run by `manage.py db_worker`.

The task gets the id of a recorded status change, not the idea: when it runs
(seconds or hours later) it reads the current state, and a second run of the
same task sends nothing twice (see ``feedback.notifications``).
"""

from django_tasks import task


@task()
def notify_followers(status_change_id: int) -> int:
    """E-mail the followers of an idea and its neighbourhood about one status change."""
    from .notifications import send_status_change

    return send_status_change(status_change_id)
