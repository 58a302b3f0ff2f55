"""Create the staff groups and keep their permissions in step with the neighbourhoods.

Runs from the data migration (with the historical ``apps``) and from
``manage.py sync_roles`` (with the real ones), so it only uses plain model
queries: no tree methods, no model methods. Safe to run again: it only adds
what is missing, and renames a neighbourhood's team when the neighbourhood
was renamed. It never removes a member or a permission someone added by hand.
"""

from collections import Counter

from django.apps import apps as global_apps
from django.conf import settings

BEHEERDERS = "Beheerders"
COMMUNICATIE = "Communicatie"
MODERATOREN = "Moderatoren"
TEAM_PREFIX = "Wijkteam "
MODERATION_TASK_NAME = "Goedkeuring moderatoren"

ADMIN_ACCESS = [("wagtailadmin", "admin", "access_admin")]
EDITOR_PERMISSIONS = [*ADMIN_ACCESS, ("wagtail_localize", "translation", "submit_translation")]
# Holding this is what lets a group's page permissions reach feedback pages
# (see roles.permissions).
FEEDBACK_PERMISSION = ("feedback", "ideapage", "change_ideapage")
TEAM_PERMISSIONS = [*EDITOR_PERMISSIONS, FEEDBACK_PERMISSION]
MODERATOR_PERMISSIONS = [
    *ADMIN_ACCESS,
    FEEDBACK_PERMISSION,
    ("socialmap", "organisation", "change_organisation"),
    ("socialmap", "organisation", "publish_organisation"),
    ("roles", "feedbackreviewsettings", "publish_closing_feedback"),
]

COMMUNICATIE_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page"]
# Approving a workflow task publishes the page, and Wagtail checks that the
# approver may publish it. Publish only (no change): moderators edit a
# submitted idea through their task, not on their own.
MODERATOREN_PAGE_PERMISSIONS = ["publish_page"]
TEAM_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
BEHEERDERS_PAGE_PERMISSIONS = [*TEAM_PAGE_PERMISSIONS, "bulk_delete_page"]

EDITOR_COLLECTION_PERMISSIONS = [
    ("wagtailimages", "image", "add_image"),
    ("wagtailimages", "image", "choose_image"),
    ("wagtaildocs", "document", "add_document"),
    ("wagtaildocs", "document", "choose_document"),
]
BEHEERDERS_COLLECTION_PERMISSIONS = [
    *EDITOR_COLLECTION_PERMISSIONS,
    ("wagtailimages", "image", "change_image"),
    ("wagtailimages", "image", "delete_image"),
    ("wagtaildocs", "document", "change_document"),
    ("wagtaildocs", "document", "delete_document"),
]

GROUP_NAME_MAX_LENGTH = 150


def team_name(title):
    return f"{TEAM_PREFIX}{title}"[:GROUP_NAME_MAX_LENGTH]


class RoleSync:
    def __init__(self, apps=global_apps):
        self.apps = apps
        self.Group = apps.get_model("auth", "Group")
        self.Permission = apps.get_model("auth", "Permission")
        self.ContentType = apps.get_model("contenttypes", "ContentType")
        self.Page = apps.get_model("wagtailcore", "Page")
        self.GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
        self.Collection = apps.get_model("wagtailcore", "Collection")
        self.GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
        self.NeighbourhoodPage = apps.get_model("pages", "NeighbourhoodPage")
        self.NeighbourhoodTeam = apps.get_model("roles", "NeighbourhoodTeam")
        self.created = Counter()

    # --- building blocks ------------------------------------------------------

    def permission(self, app_label, model, codename):
        # On a fresh database the permissions are created only after all
        # migrations ran (post_migrate), so the migration creates them itself.
        content_type, _ = self.ContentType.objects.get_or_create(app_label=app_label, model=model)
        permission, _ = self.Permission.objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": codename}
        )
        return permission

    def page_permission(self, codename):
        return self.permission("wagtailcore", "page", codename)

    def group(self, name):
        group, created = self.Group.objects.get_or_create(name=name)
        self.created["groups"] += created
        return group

    def grant(self, group, permissions):
        held = set(group.permissions.values_list("pk", flat=True))
        missing = [p for p in permissions if p.pk not in held]
        group.permissions.add(*missing)
        self.created["permissions"] += len(missing)

    def grant_pages(self, group, pages, codenames):
        for codename in codenames:
            permission = self.page_permission(codename)
            for page_id in pages:
                _, created = self.GroupPagePermission.objects.get_or_create(
                    group=group, page_id=page_id, permission=permission
                )
                self.created["page permissions"] += created

    def grant_collections(self, group, permissions):
        root = self.Collection.objects.filter(depth=1).first()
        if root is None:
            return
        for app_label, model, codename in permissions:
            _, created = self.GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root, permission=self.permission(app_label, model, codename)
            )
            self.created["collection permissions"] += created

    # --- the roles --------------------------------------------------------------

    def run(self):
        root_page_ids = list(self.Page.objects.filter(depth=1).values_list("pk", flat=True))
        neighbourhoods = list(
            self.NeighbourhoodPage.objects.order_by("path").values(
                "pk", "title", "translation_key", "locale__language_code"
            )
        )

        beheerders = self.group(BEHEERDERS)
        self.grant(beheerders, self.Permission.objects.all())
        self.grant(
            beheerders, [self.permission(*p) for p in TEAM_PERMISSIONS + MODERATOR_PERMISSIONS]
        )
        self.grant_pages(beheerders, root_page_ids, BEHEERDERS_PAGE_PERMISSIONS)
        self.grant_collections(beheerders, BEHEERDERS_COLLECTION_PERMISSIONS)

        communicatie = self.group(COMMUNICATIE)
        self.grant(communicatie, [self.permission(*p) for p in EDITOR_PERMISSIONS])
        self.grant_pages(
            communicatie, [n["pk"] for n in neighbourhoods], COMMUNICATIE_PAGE_PERMISSIONS
        )
        self.grant_collections(communicatie, EDITOR_COLLECTION_PERMISSIONS)

        moderatoren = self.group(MODERATOREN)
        self.grant(moderatoren, [self.permission(*p) for p in MODERATOR_PERMISSIONS])
        self.grant_pages(moderatoren, self.register_ids(), MODERATOREN_PAGE_PERMISSIONS)
        self.ensure_moderation_task(moderatoren)

        by_key = {}
        for page in neighbourhoods:
            by_key.setdefault(page["translation_key"], []).append(page)
        for key, pages in by_key.items():
            self.sync_team(key, pages)
        return self.created

    def run_for_neighbourhood(self, translation_key):
        """Only what one neighbourhood (in all its languages) needs: cheap enough for a signal."""
        pages = list(
            self.NeighbourhoodPage.objects.filter(translation_key=translation_key)
            .order_by("path")
            .values("pk", "title", "translation_key", "locale__language_code")
        )
        if not pages:
            return self.created
        communicatie = self.group(COMMUNICATIE)
        self.grant_pages(communicatie, [p["pk"] for p in pages], COMMUNICATIE_PAGE_PERMISSIONS)
        self.sync_team(translation_key, pages)
        self.run_for_registers()
        return self.created

    def run_for_registers(self):
        self.grant_pages(self.group(MODERATOREN), self.register_ids(), MODERATOREN_PAGE_PERMISSIONS)
        return self.created

    def register_ids(self):
        IdeaIndexPage = self.apps.get_model("feedback", "IdeaIndexPage")
        return list(IdeaIndexPage.objects.values_list("pk", flat=True))

    def sync_team(self, translation_key, pages):
        source = next(
            (p for p in pages if p["locale__language_code"] == settings.LANGUAGE_CODE), pages[0]
        )
        name = team_name(source["title"])
        team = self.NeighbourhoodTeam.objects.filter(translation_key=translation_key).first()
        if team is None:
            group = self.Group.objects.filter(name=name, neighbourhood_team__isnull=True).first()
            if group is None:
                group = self.Group.objects.create(name=self.free_name(name))
                self.created["groups"] += 1
            team = self.NeighbourhoodTeam.objects.create(
                group=group, translation_key=translation_key
            )
        elif team.group.name != name and not self.Group.objects.filter(name=name).exists():
            team.group.name = name
            team.group.save(update_fields=["name"])
            self.created["renamed teams"] += 1
        group = team.group
        self.grant(group, [self.permission(*p) for p in TEAM_PERMISSIONS])
        self.grant_pages(group, [p["pk"] for p in pages], TEAM_PAGE_PERMISSIONS)
        self.grant_collections(group, EDITOR_COLLECTION_PERMISSIONS)

    def free_name(self, name):
        candidate, number = name, 2
        while self.Group.objects.filter(name=candidate).exists():
            suffix = f" ({number})"
            candidate, number = name[: GROUP_NAME_MAX_LENGTH - len(suffix)] + suffix, number + 1
        return candidate

    def ensure_moderation_task(self, moderatoren):
        """Moderatoren approve in a workflow; create one only when none involves them.

        Wagtail's own "Moderators approval" workflow (on the root page) is kept
        when its group was renamed to Moderatoren by the migration.
        """
        GroupApprovalTask = self.apps.get_model("wagtailcore", "GroupApprovalTask")
        if GroupApprovalTask.objects.filter(groups=moderatoren).exists():
            return
        Workflow = self.apps.get_model("wagtailcore", "Workflow")
        WorkflowTask = self.apps.get_model("wagtailcore", "WorkflowTask")
        WorkflowPage = self.apps.get_model("wagtailcore", "WorkflowPage")
        content_type, _ = self.ContentType.objects.get_or_create(
            app_label="wagtailcore", model="groupapprovaltask"
        )
        task = GroupApprovalTask.objects.create(
            name=MODERATION_TASK_NAME, active=True, content_type=content_type
        )
        task.groups.add(moderatoren)
        workflow = Workflow.objects.create(name=MODERATION_TASK_NAME, active=True)
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
        self.created["workflows"] += 1
        root = self.Page.objects.filter(depth=1).first()
        if root is not None and not WorkflowPage.objects.filter(page=root).exists():
            WorkflowPage.objects.create(page=root, workflow=workflow)


def sync_roles(apps=global_apps):
    """Create or complete the roles; returns how many things were added, per kind."""
    return RoleSync(apps).run()
