"""When an idea is published with a new status, its followers get an e-mail.

Why ``page_published`` and a stored status, and not ``pre_save``/``post_save``:

- Only a publication is news. Wagtail saves an idea for many other reasons
  (drafts, moves, scheduled publishing, a script fixing data), and a save
  that is not a publication must not mail anyone.
- The comparison is with what residents were last told, kept in
  ``StatusChange`` (the status at each publication that changed it), not with
  the database row before the save. The row can change without a publication
  (``page.save()`` in a script), and then a pre-save comparison would miss the
  change or announce it twice. The stored status also makes "one task per
  status change" easy to keep: the change row is the task's argument.
- A publication that is only scheduled (go-live date in the future) sends the
  signal while the page is not live yet: it is ignored until the page goes live.

Only Dutch ideas are compared. Answers are written in Dutch first and the
translations follow; subscriptions always point at the Dutch page, so a
translation being published is never news of its own.

The task is enqueued after the publication's transaction commits: a rolled
back publication sends nothing, and the worker always finds the change row.
"""

from functools import partial

from django.db import transaction

from wagtail.signals import page_published, post_page_move

from pages.locales import default_locale

from .models import FeedbackUpdate, IdeaPage, StatusChange


def announce_status_change(sender, instance, **kwargs):
    if not instance.live or instance.locale_id != default_locale().id:
        return
    change = StatusChange.objects.record_publication(instance)
    if change is None:
        return
    from .tasks import notify_followers

    # robust: the publication itself succeeded; a queue that cannot be reached
    # is logged instead of showing the editor an error page.
    transaction.on_commit(partial(notify_followers.enqueue, change.pk), robust=True)


def follow_move_to_register(sender, instance, parent_page_after, **kwargs):
    # A move saves only the generic page row, not the idea: the idea's stored
    # register key, and its answers' copy of it, must follow it to the register
    # it was moved to.
    key = parent_page_after.translation_key
    IdeaPage.objects.filter(pk=instance.pk).update(register_key=key)
    FeedbackUpdate.objects.filter(idea_id=instance.pk).update(register_key=key)


def connect():
    page_published.connect(
        announce_status_change, sender=IdeaPage, dispatch_uid="feedback.announce_status_change"
    )
    post_page_move.connect(
        follow_move_to_register, sender=IdeaPage, dispatch_uid="feedback.follow_move_to_register"
    )
