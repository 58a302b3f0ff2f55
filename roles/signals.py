"""A new neighbourhood, or a new translation of one, gets its team and permissions at once;
a new register (in any language) gets the moderators' permission to publish there.

``post_save`` with ``created`` covers drafts too (a translation made with
wagtail-localize starts as a draft the team must be able to edit);
``page_published`` renames the team when a neighbourhood was renamed.
"""

from django.db.models.signals import post_save

from wagtail.signals import page_published

from feedback.models import IdeaIndexPage
from pages.models import NeighbourhoodPage

from .sync import RoleSync


def sync_neighbourhood_roles(sender, instance, **kwargs):
    if kwargs.get("raw"):
        return
    if "created" in kwargs and not kwargs["created"]:
        return
    RoleSync().run_for_neighbourhood(instance.translation_key)


def sync_register_roles(sender, instance, created=False, raw=False, **kwargs):
    if created and not raw:
        RoleSync().run_for_registers()


def connect():
    post_save.connect(
        sync_register_roles, sender=IdeaIndexPage, dispatch_uid="roles.register_created"
    )
    post_save.connect(
        sync_neighbourhood_roles,
        sender=NeighbourhoodPage,
        dispatch_uid="roles.neighbourhood_created",
    )
    page_published.connect(
        sync_neighbourhood_roles,
        sender=NeighbourhoodPage,
        dispatch_uid="roles.neighbourhood_published",
    )
