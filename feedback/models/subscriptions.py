"""Following an idea or a neighbourhood by e-mail, without an account.

Three small records:

- ``Subscription``: one e-mail address following one idea or one
  neighbourhood. It starts unconfirmed (double opt-in) and only confirmed,
  not unsubscribed subscriptions get messages.
- ``StatusChange``: the status an idea had each time it was published with a
  different status than before. The latest row is what followers were last
  told; a publication is compared with it to decide whether there is news.
- ``SentNotification``: which subscription was mailed about which status
  change, so a task that runs twice never mails anyone twice.

Subscriptions always point at the Dutch (source language) page: answers are
written in Dutch first, so that is where a status changes. The language the
resident used is kept to write their e-mails in it.
"""

import datetime
import secrets

from django.conf import settings
from django.db import IntegrityError, models, transaction
from django.db.models import Q
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..status import Status

# An address that never confirms is forgotten after this time (privacy: we do
# not keep addresses of people who did not say yes).
UNCONFIRMED_KEEP_DAYS = 7

# After unsubscribing, the link in old e-mails still says "you are unsubscribed"
# for this long; then the address is deleted (see ``manage.py purge_personal_data``).
UNSUBSCRIBED_KEEP_DAYS = 7

# A second confirmation mail for the same request is only sent after this
# time, so nobody can flood someone's mailbox through our form.
CONFIRMATION_RESEND_AFTER = datetime.timedelta(minutes=10)


def new_token():
    """A random, unguessable token for the links in the e-mails (43 characters)."""
    return secrets.token_urlsafe(32)


def confirm_deadline(now=None):
    """Requests made before this moment can no longer be confirmed."""
    return (now or timezone.now()) - datetime.timedelta(days=UNCONFIRMED_KEEP_DAYS)


def normalise_email(address):
    """The address without surrounding spaces and with the domain in lowercase.

    The part before the @ is kept as typed: strictly, a mail server may treat
    it case-sensitively. Uniqueness ignores its case (see the constraints).
    """
    address = (address or "").strip()
    local, at, domain = address.rpartition("@")
    if not at:
        return address
    return f"{local}@{domain.lower()}"


def follow_target(page):
    """The Dutch idea or neighbourhood a resident follows from ``page``, or None.

    ``page`` may be an idea, a neighbourhood or a neighbourhood's register (which
    stands for its neighbourhood), in any language.
    """
    from pages.models import NeighbourhoodPage

    from .ideas import IdeaPage
    from .register import IdeaIndexPage

    page = page.specific if page is not None else None
    if isinstance(page, IdeaIndexPage):
        page = page.get_parent().specific
    if not isinstance(page, IdeaPage | NeighbourhoodPage):
        return None
    return page.source_language_page() or page


class SubscriptionQuerySet(models.QuerySet):
    def active(self):
        """Subscriptions that get messages: confirmed and not unsubscribed."""
        return self.filter(confirmed_at__isnull=False, unsubscribed_at__isnull=True)

    def of_target(self, target):
        from .ideas import IdeaPage

        if isinstance(target, IdeaPage):
            return self.filter(idea=target)
        return self.filter(neighbourhood=target)

    def followers_of(self, idea):
        """Active subscriptions to the (Dutch) idea and to its neighbourhood.

        Ideas live two levels under their neighbourhood (neighbourhood → register → idea).
        """
        neighbourhood_path = idea.path[: -2 * idea.steplen]
        return self.active().filter(Q(idea=idea) | Q(neighbourhood__path=neighbourhood_path))

    def stale(self, now=None):
        """Requests nobody confirmed in time."""
        return self.filter(confirmed_at__isnull=True, requested_at__lt=confirm_deadline(now))

    def unsubscribed_long_ago(self, now=None):
        """Unsubscribed more than ``UNSUBSCRIBED_KEEP_DAYS`` ago: nothing to keep them for."""
        deadline = (now or timezone.now()) - datetime.timedelta(days=UNSUBSCRIBED_KEEP_DAYS)
        return self.filter(unsubscribed_at__lt=deadline)

    def purgeable(self, now=None):
        """Everything the purge deletes: stale requests and old unsubscriptions."""
        return self.stale(now) | self.unsubscribed_long_ago(now)

    def of_address(self, address):
        """Every subscription of one address, however its case was typed."""
        return self.filter(email__iexact=normalise_email(address))


class SubscriptionManager(models.Manager.from_queryset(SubscriptionQuerySet)):
    def request(self, email, target, language=None):
        """Ask to follow ``target``; returns the subscription when a confirmation
        e-mail must be sent now, or None when not (sent a moment ago).

        The same address and target always give the same row: a new request
        for an unsubscribed row starts the double opt-in again, a request for an
        active one only sends the mail again (the resident may have lost it).
        What happened is never told to the visitor, so the form does not reveal
        who follows what.
        """
        email = normalise_email(email)
        language = language or settings.LANGUAGE_CODE
        now = timezone.now()
        lookup = self.of_target(target).filter(email__iexact=email)
        subscription = lookup.first()
        if subscription is None:
            try:
                with transaction.atomic():
                    subscription = self.create(
                        email=email,
                        language=language,
                        requested_at=now,
                        **{self._target_field(target): target},
                    )
            except IntegrityError:  # the same request, a moment ago, in another process
                subscription = lookup.get()
        elif subscription.unsubscribed_at is not None:
            subscription.unsubscribed_at = None
            subscription.confirmed_at = None
            subscription.language = language
            subscription.requested_at = now
            subscription.confirmation_sent_at = None
        if (
            subscription.confirmation_sent_at is not None
            and now - subscription.confirmation_sent_at < CONFIRMATION_RESEND_AFTER
        ):
            return None
        subscription.confirmation_sent_at = now
        if subscription.confirmed_at is None:
            subscription.requested_at = now
        subscription.save()
        return subscription

    @staticmethod
    def _target_field(target):
        from .ideas import IdeaPage

        return "idea" if isinstance(target, IdeaPage) else "neighbourhood"


class Subscription(models.Model):
    email = models.EmailField(_("e-mail address"), max_length=254)
    idea = models.ForeignKey(
        "feedback.IdeaPage",
        verbose_name=_("idea"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    neighbourhood = models.ForeignKey(
        "pages.NeighbourhoodPage",
        verbose_name=_("neighbourhood"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    language = models.CharField(_("language"), max_length=10, default=settings.LANGUAGE_CODE)
    # One token serves the confirmation and the unsubscribe link: whoever has
    # the e-mail may do both, and a link in an old e-mail keeps working.
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    requested_at = models.DateTimeField(_("requested at"), default=timezone.now)
    confirmation_sent_at = models.DateTimeField(null=True, blank=True, editable=False)
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)
    unsubscribed_at = models.DateTimeField(_("unsubscribed at"), null=True, blank=True)

    objects = SubscriptionManager()

    class Meta:
        verbose_name = _("e-mail subscription")
        verbose_name_plural = _("e-mail subscriptions")
        constraints = [
            models.CheckConstraint(
                name="follow_one_target",
                condition=Q(idea__isnull=False, neighbourhood__isnull=True)
                | Q(idea__isnull=True, neighbourhood__isnull=False),
            ),
            models.UniqueConstraint(
                Lower("email"),
                "idea",
                name="follow_unique_idea_email",
                condition=Q(idea__isnull=False),
            ),
            models.UniqueConstraint(
                Lower("email"),
                "neighbourhood",
                name="follow_unique_neighbourhood_email",
                condition=Q(neighbourhood__isnull=False),
            ),
        ]

    def __str__(self):
        # Never the address: this string ends up in logs and admin screens.
        return f"{self.target} #{self.pk}"

    @property
    def target(self):
        return self.idea if self.idea_id else self.neighbourhood

    @property
    def is_active(self):
        return self.confirmed_at is not None and self.unsubscribed_at is None

    def is_expired(self, now=None):
        """An unconfirmed request that is too old to confirm (see ``stale``)."""
        return self.confirmed_at is None and self.requested_at < confirm_deadline(now)

    def confirm(self):
        if self.confirmed_at is None:
            self.confirmed_at = timezone.now()
            self.save(update_fields=["confirmed_at"])

    def unsubscribe(self):
        if self.unsubscribed_at is None:
            self.unsubscribed_at = timezone.now()
            self.save(update_fields=["unsubscribed_at"])


class StatusChangeQuerySet(models.QuerySet):
    def record_publication(self, idea):
        """Note that ``idea`` was published; returns the new status change, if any.

        The first publication only records the status (a baseline): there is no
        earlier status to compare with. Two editors publishing the same idea at
        once cannot both record a change: the publication's update of the page
        row locks it until the transaction ends.
        """
        last = self.filter(idea=idea).order_by("-pk").first()
        if last is None:
            self.create(idea=idea, previous_status="", status=idea.status)
            return None
        if last.status == idea.status:
            return None
        return self.create(idea=idea, previous_status=last.status, status=idea.status)


class StatusChange(models.Model):
    idea = models.ForeignKey(
        "feedback.IdeaPage", verbose_name=_("idea"), on_delete=models.CASCADE, related_name="+"
    )
    # Empty for an idea's first publication: the baseline, never mailed.
    previous_status = models.CharField(
        _("previous status"), max_length=20, choices=Status.choices, blank=True
    )
    status = models.CharField(_("new status"), max_length=20, choices=Status.choices)
    published_at = models.DateTimeField(_("published at"), default=timezone.now)

    objects = StatusChangeQuerySet.as_manager()

    class Meta:
        verbose_name = _("published status change")
        verbose_name_plural = _("published status changes")
        # Rows are added in publication order, so the highest pk is the latest.
        indexes = [models.Index(fields=["idea", "-id"], name="status_change_idea_latest")]

    def __str__(self):
        return f"{self.idea_id}: {self.previous_status or '-'} → {self.status}"

    def is_superseded(self):
        """True when the idea changed status again since: that change tells the news."""
        return StatusChange.objects.filter(idea_id=self.idea_id, pk__gt=self.pk).exists()


class SentNotification(models.Model):
    subscription = models.ForeignKey(
        Subscription, on_delete=models.CASCADE, related_name="sent_notifications"
    )
    status_change = models.ForeignKey(
        StatusChange, on_delete=models.CASCADE, related_name="sent_notifications"
    )
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("sent notification")
        verbose_name_plural = _("sent notifications")
        constraints = [
            models.UniqueConstraint(
                fields=["subscription", "status_change"], name="notification_sent_once"
            )
        ]

    def __str__(self):
        return f"{self.status_change} → #{self.subscription_id}"
