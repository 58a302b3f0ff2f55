"""E-mails to residents who follow an idea or a neighbourhood.

Two kinds, both plain text and written for residents (Dutch at B1 level, or
the language the resident used on the site):

- the confirmation e-mail of the double opt-in, sent while the resident waits,
  so a mail server that is down shows at once instead of a silent loss;
- the status change e-mail, sent by a background task (``feedback.tasks``).

Every e-mail carries an unsubscribe link. Status change e-mails also carry the
``List-Unsubscribe`` and ``List-Unsubscribe-Post`` headers (RFC 8058), so
mail programs can offer their own one-click "unsubscribe" button.

Sending is idempotent per subscription and status change: a
``SentNotification`` row is written in the same transaction as the e-mail is
handed to the mail server, and a unique constraint keeps a second run (a
retried task, or two workers) from mailing anyone twice.
"""

import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from wagtail.models import Locale

from pages.locales import locale_for

from .models import IdeaPage, SentNotification, StatusChange, Subscription
from .models.subscriptions import UNCONFIRMED_KEEP_DAYS
from .status import RESIDENT_EXPLANATION, Status

logger = logging.getLogger(__name__)


class NotificationsNotSent(Exception):
    """Some followers could not be mailed; running the task again mails only them."""


# --- Addresses -----------------------------------------------------------------


def site_root_url(page):
    """The address of the site ``page`` belongs to, without a trailing slash."""
    parts = page.get_url_parts()
    root_url = parts[1] if parts else None
    return (root_url or settings.WAGTAILADMIN_BASE_URL).rstrip("/")


def absolute_url(root_url, view_name, language, **kwargs):
    """A full address of one of our views, under the language prefix of ``language``."""
    with translation.override(language):
        return root_url + reverse(view_name, kwargs=kwargs)


def unsubscribe_url(subscription, root_url):
    return absolute_url(
        root_url, "feedback_unsubscribe", subscription.language, token=subscription.token
    )


def one_click_unsubscribe_url(subscription, root_url):
    return absolute_url(
        root_url,
        "feedback_unsubscribe_one_click",
        subscription.language,
        token=subscription.token,
    )


def page_url_for_language(page, language):
    """The page's full address for a reader of ``language``.

    A Dutch page shown to someone who reads English gets the /en/ prefix: the
    site then shows the Dutch text with the menus in English (see base.html).
    """
    if page.live is False:
        return ""
    url = page.get_full_url()
    if not url or language == settings.LANGUAGE_CODE:
        return url or ""
    root_url = site_root_url(page)
    if url.startswith(root_url + f"/{language}/"):
        return url
    return f"{root_url}/{language}{url[len(root_url) :]}"


def idea_for_language(idea, language):
    """The idea's translation when it is live and up to date, else the Dutch idea."""
    if language == settings.LANGUAGE_CODE:
        return idea
    try:
        locale = locale_for(language)
    except (LookupError, Locale.DoesNotExist):
        return idea
    translated = idea.get_translation_or_none(locale)
    if translated is None or not translated.live or translated.status != idea.status:
        return idea
    return translated.specific


# --- The confirmation e-mail ---------------------------------------------------


def confirmation_message(subscription):
    target = subscription.target
    root_url = site_root_url(target)
    language = subscription.language
    with translation.override(language):
        context = {
            "title": target.title,
            "is_idea": isinstance(target, IdeaPage),
            "page_url": page_url_for_language(target, language),
            "confirm_url": absolute_url(
                root_url, "feedback_follow_confirm", language, token=subscription.token
            ),
            "unsubscribe_url": unsubscribe_url(subscription, root_url),
            "keep_days": UNCONFIRMED_KEEP_DAYS,
        }
        subject = _("Please confirm: e-mails about %(title)s") % {"title": target.title}
        body = render_to_string("feedback/follow/email/confirm.txt", context)
    return EmailMessage(
        subject=one_line(subject),
        body=body,
        to=[subscription.email],
        headers={"Auto-Submitted": "auto-generated"},
    )


def send_confirmation(subscription):
    confirmation_message(subscription).send()


# --- The status change e-mail --------------------------------------------------


def one_line(text):
    """Subjects are one line: a title with a line break would break the header."""
    return " ".join(str(text).split())


def latest_update(idea):
    updates = idea.ordered_updates()
    return updates[-1] if updates else None


def recipients(idea):
    """Active followers of the idea and its neighbourhood, one group per address.

    A resident who follows both gets one e-mail. It is counted as sent for
    both subscriptions, and names the idea subscription first: its
    unsubscribe link is the one in the headers.
    """
    groups = {}
    followers = Subscription.objects.followers_of(idea).order_by("pk")
    for subscription in followers:
        groups.setdefault(subscription.email.lower(), []).append(subscription)
    for group in groups.values():
        group.sort(key=lambda s: (s.idea_id is None, s.pk))
    return list(groups.values())


def status_change_message(change, group):
    primary = group[0]
    language = primary.language
    idea = idea_for_language(change.idea, language)
    root_url = site_root_url(change.idea)
    update = latest_update(idea)
    with translation.override(language):
        status = Status(change.status)
        context = {
            "title": idea.title,
            "status": status.label,
            "explanation": RESIDENT_EXPLANATION[status],
            "update": update,
            "reason_title": update.reason_code.title if update and update.reason_code else "",
            "idea_url": page_url_for_language(idea, language),
            "followed": [
                {
                    "is_idea": subscription.idea_id is not None,
                    "title": subscription.target.title,
                    "unsubscribe_url": unsubscribe_url(subscription, root_url),
                }
                for subscription in group
            ],
        }
        subject = _("News about the idea: %(title)s") % {"title": idea.title}
        body = render_to_string("feedback/follow/email/status_change.txt", context)
    return EmailMessage(
        subject=one_line(subject),
        body=body,
        to=[primary.email],
        headers={
            "List-Unsubscribe": f"<{one_click_unsubscribe_url(primary, root_url)}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "Auto-Submitted": "auto-generated",
        },
    )


def send_status_change(status_change_id):
    """Mail every follower of the changed idea once; returns how many e-mails were sent.

    Nothing is sent for an idea's first publication, for an idea that is no
    longer live, or for a change that a newer one replaced before the task
    ran (that newer change sends its own e-mail with the current status).
    """
    change = StatusChange.objects.select_related("idea").filter(pk=status_change_id).first()
    if change is None or not change.previous_status:
        return 0
    idea = change.idea
    if not idea.live or idea.status != change.status or change.is_superseded():
        return 0
    sent = failed = 0
    for group in recipients(idea):
        try:
            with transaction.atomic():
                done = SentNotification.objects.filter(status_change=change, subscription__in=group)
                if done.exists():
                    continue
                SentNotification.objects.bulk_create(
                    SentNotification(subscription=subscription, status_change=change)
                    for subscription in group
                )
                # Inside the transaction: if the mail server refuses, the record
                # is rolled back and a new run of the task tries this one again.
                status_change_message(change, group).send()
        except IntegrityError:
            continue  # another worker is mailing this follower right now
        except Exception as error:  # one failure must not stop the others
            failed += 1
            # The exception text may hold the address: log only its kind.
            logger.warning(
                "Status change %s: e-mail to subscription %s failed (%s)",
                change.pk,
                group[0].pk,
                type(error).__name__,
            )
        else:
            sent += 1
    if failed:
        raise NotificationsNotSent(
            f"Status change {change.pk}: {failed} e-mail(s) failed, {sent} sent. "
            "Run the task again to retry only the failed ones."
        )
    return sent
