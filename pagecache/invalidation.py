"""When to start a new cache generation.

Safe by default: a save or delete of *any* model bumps the generation, except
the models listed in :data:`PRIVATE_MODELS`, which never show on a public page.
A new model therefore invalidates the cache until someone decides otherwise.

Wagtail saves a draft revision by writing only bookkeeping columns of the page
(:data:`DRAFT_ONLY_FIELDS`); that changes nothing residents see, so editors can
save drafts without emptying the cache.

Saving something that is not live (a draft idea sent in by a resident, a
social-map sign-up waiting for a moderator) shows nowhere either: taking
something offline is caught by Wagtail's unpublish signals instead.

Bulk ``QuerySet.update()`` sends no signal: code that updates public content in
bulk calls :func:`pagecache.generation.bump_after_commit` itself.
"""

from django.db.models.signals import post_delete, post_save

from wagtail.signals import (
    page_published,
    page_unpublished,
    post_page_move,
    published,
    unpublished,
)

from .generation import bump_after_commit

PRIVATE_MODELS = frozenset(
    {
        # Sessions, log-in throttling, users and permissions
        "sessions.session",
        "axes.accessattempt",
        "axes.accessattemptexpiration",
        "axes.accessfailurelog",
        "axes.accesslog",
        "admin.logentry",
        "auth.user",
        "auth.permission",
        "contenttypes.contenttype",
        "wagtailusers.userprofile",
        # Editing state: drafts, workflows, comments, logs, search and reference indexes
        "wagtailcore.revision",
        "wagtailcore.pagelogentry",
        "wagtailcore.modellogentry",
        "wagtailcore.workflowstate",
        "wagtailcore.taskstate",
        "wagtailcore.comment",
        "wagtailcore.commentreply",
        "wagtailcore.pagesubscription",
        "wagtailcore.referenceindex",
        "wagtailcore.uploadedfile",
        "wagtailadmin.editingsession",
        "wagtailadmin.formstate",
        "wagtailsearch.indexentry",
        "wagtailsearch.sqliteftsindexentry",
        "wagtailforms.formsubmission",
        # A rendition is made while a page renders: it must not empty the cache.
        "wagtailimages.rendition",
        # The translation editor's working state; the public change is the
        # translated page being published, which bumps.
        "wagtail_localize.translationlog",
        "wagtail_localize.string",
        "wagtail_localize.stringtranslation",
        "wagtail_localize.translationcontext",
        "wagtail_localize.stringsegment",
        "wagtail_localize.templatesegment",
        "wagtail_localize.relatedobjectsegment",
        "wagtail_localize.overridablesegment",
        "wagtail_localize.segmentoverride",
        "wagtail_localize.template",
        "wagtail_localize.translationsource",
        "wagtail_localize.translation",
        # Task queue
        "django_tasks_database.dbtaskresult",
        # Residents' private data: followers, sent e-mails, answer votes
        "feedback.subscription",
        "feedback.sentnotification",
        "feedback.answervote",
    }
)

# Columns Wagtail writes when an editor saves a draft or locks a page.
DRAFT_ONLY_FIELDS = frozenset(
    {
        "latest_revision",
        "latest_revision_created_at",
        "draft_title",
        "has_unpublished_changes",
        "wagtail_admin_comments",
        "locked",
        "locked_at",
        "locked_by",
    }
)


def changes_public_content(sender, update_fields=None) -> bool:
    if sender._meta.label_lower in PRIVATE_MODELS:
        return False
    return not (update_fields and DRAFT_ONLY_FIELDS.issuperset(update_fields))


def on_save(sender, instance, update_fields=None, raw=False, **kwargs):
    if raw or getattr(instance, "live", True) is False:
        return
    if changes_public_content(sender, update_fields):
        bump_after_commit()


def on_delete(sender, instance, **kwargs):
    if getattr(instance, "live", True) is not False and changes_public_content(sender):
        bump_after_commit()


def on_publication_change(sender, **kwargs):
    bump_after_commit()


def connect():
    post_save.connect(on_save, dispatch_uid="pagecache.on_save")
    post_delete.connect(on_delete, dispatch_uid="pagecache.on_delete")
    # Publishing and moving also save rows, but moving rewrites descendants'
    # paths in bulk and a scheduled publish may only touch the revision.
    post_page_move.connect(on_publication_change, dispatch_uid="pagecache.on_move")
    page_published.connect(on_publication_change, dispatch_uid="pagecache.on_publish")
    page_unpublished.connect(on_publication_change, dispatch_uid="pagecache.on_unpublish")
    # The same for snippets with drafts (social-map organisations).
    published.connect(on_publication_change, dispatch_uid="pagecache.on_publish_snippet")
    unpublished.connect(on_publication_change, dispatch_uid="pagecache.on_unpublish_snippet")
