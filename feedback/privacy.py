"""Residents' personal data: what we keep about one e-mail address, and for how long.

Only three places ever hold an address a resident gave us:

- ``Subscription`` (following an idea or a neighbourhood), with the
  ``SentNotification`` rows of the e-mails it got. An idea sent in online
  stores no address on the idea: the address given with it becomes an
  unconfirmed subscription (see ``feedback.submission.after_submission``).
- A social map ``Organisation``'s private contact person (``contact_name``,
  ``contact_email``), on the row and in every revision of it.

Rate limits keep a keyed hash of the IP address in the cache only, where it
expires with its window; votes on answers keep nothing about the voter.

``export`` and ``erase`` serve a request under the GDPR (articles 15 and 17);
``purge`` deletes what we promised not to keep, and runs every night
(``manage.py purge_personal_data``).
"""

import datetime

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils import timezone

from wagtail.models import Revision

from socialmap.models import Organisation

from .models import SentNotification, Subscription
from .models.subscriptions import normalise_email

# An organisation that signed itself up and that staff did not publish within
# this time was not accepted: the entry and its contact person are deleted.
# Older change requests lose their contact person as well.
SOCIALMAP_UNPUBLISHED_KEEP_DAYS = 180


class NotAnAddress(ValueError):
    """The text given is not an e-mail address."""


def clean_address(text):
    """The address normalised as subscriptions store it, or ``NotAnAddress``."""
    address = normalise_email(text)
    try:
        validate_email(address)
    except ValidationError:
        raise NotAnAddress(f"{text!r} is not an e-mail address (like name@example.nl).") from None
    return address


def _when(value):
    return value.isoformat() if value else None


def _organisation_revisions():
    return Revision.objects.filter(
        content_type=ContentType.objects.get_for_model(Organisation, for_concrete_model=False)
    )


def _revisions_of_address(address):
    return _organisation_revisions().filter(content__contact_email__iexact=address)


def _blank_contact(revisions):
    count = 0
    for revision in revisions:
        revision.content["contact_name"] = ""
        revision.content["contact_email"] = ""
        revision.save(update_fields=["content"])
        count += 1
    return count


# --- Export --------------------------------------------------------------------


def _subscription_data(subscription):
    target = subscription.target
    notifications = (
        SentNotification.objects.filter(subscription=subscription)
        .select_related("status_change__idea")
        .order_by("sent_at", "pk")
    )
    return {
        "follows": "idea" if subscription.idea_id else "neighbourhood",
        "title": target.title,
        "url": target.full_url or "",
        "email": subscription.email,
        "language": subscription.language,
        "requested_at": _when(subscription.requested_at),
        "confirmation_sent_at": _when(subscription.confirmation_sent_at),
        "confirmed_at": _when(subscription.confirmed_at),
        "unsubscribed_at": _when(subscription.unsubscribed_at),
        "notifications": [
            {
                "sent_at": _when(sent.sent_at),
                "idea": sent.status_change.idea.title,
                "previous_status": sent.status_change.previous_status,
                "status": sent.status_change.status,
            }
            for sent in notifications
        ],
    }


def export(address):
    """Everything stored about ``address``, as plain data for JSON."""
    address = clean_address(address)
    subscriptions = (
        Subscription.objects.of_address(address)
        .select_related("idea", "neighbourhood")
        .order_by("requested_at", "pk")
    )
    organisations = Organisation.objects.filter(contact_email__iexact=address).order_by("pk")
    revisions = _revisions_of_address(address).order_by("created_at", "pk")
    return {
        "address": address,
        "exported_at": _when(timezone.now()),
        "subscriptions": [_subscription_data(s) for s in subscriptions],
        "social_map_contact": [
            {
                "organisation": organisation.name,
                "live": organisation.live,
                "contact_name": organisation.contact_name,
                "contact_email": organisation.contact_email,
                "submitted_at": _when(organisation.submitted_at),
            }
            for organisation in organisations
        ],
        "social_map_revisions": [
            {
                "organisation": revision.object_str,
                "created_at": _when(revision.created_at),
                "contact_name": revision.content.get("contact_name", ""),
                "contact_email": revision.content.get("contact_email", ""),
            }
            for revision in revisions
        ],
        "ideas": (
            "Ideas sent in online store no e-mail address; an address given with an idea "
            "is a subscription to that idea (above)."
        ),
    }


# --- Erase ---------------------------------------------------------------------


@transaction.atomic
def erase(address):
    """Delete every subscription of ``address`` and blank it as a social map contact.

    Returns what was done, as counts. Organisations stay listed: their public
    data is the organisation's, not the contact person's.
    """
    address = clean_address(address)
    subscriptions = Subscription.objects.of_address(address)
    notifications = SentNotification.objects.filter(subscription__in=subscriptions).count()
    subscription_count = subscriptions.count()
    subscriptions.delete()
    organisations = Organisation.objects.filter(contact_email__iexact=address).update(
        contact_name="", contact_email=""
    )
    revisions = _blank_contact(_revisions_of_address(address).select_for_update())
    return {
        "subscriptions_deleted": subscription_count,
        "sent_notifications_deleted": notifications,
        "organisation_contacts_blanked": organisations,
        "organisation_revisions_blanked": revisions,
    }


# --- Purge ---------------------------------------------------------------------


def socialmap_deadline(now=None):
    return (now or timezone.now()) - datetime.timedelta(days=SOCIALMAP_UNPUBLISHED_KEEP_DAYS)


@transaction.atomic
def purge(now=None):
    """Delete what is kept longer than the privacy statement promises; returns counts."""
    now = now or timezone.now()
    stale = Subscription.objects.stale(now)
    unsubscribed = Subscription.objects.unsubscribed_long_ago(now)
    counts = {
        "unconfirmed_subscriptions_deleted": stale.count(),
        "unsubscribed_subscriptions_deleted": unsubscribed.count(),
    }
    stale.delete()
    unsubscribed.delete()

    deadline = socialmap_deadline(now)
    never_published = Organisation.objects.filter(
        live=False, first_published_at__isnull=True, submitted_at__lt=deadline
    )
    counts["unpublished_organisations_deleted"] = never_published.count()
    for organisation in never_published:
        organisation.delete()  # one by one: the revisions go with each (GenericRelation)

    # A change request keeps its sender in the revision; after the deadline only
    # the latest revision (what staff may still publish) keeps it.
    latest = Organisation.objects.exclude(latest_revision__isnull=True).values("latest_revision")
    old_requests = (
        _organisation_revisions()
        .filter(created_at__lt=deadline)
        .exclude(pk__in=latest)
        .exclude(content__contact_email="")
        .exclude(content__contact_email__isnull=True)
    )
    counts["old_change_requests_blanked"] = _blank_contact(old_requests.select_for_update())
    return counts
