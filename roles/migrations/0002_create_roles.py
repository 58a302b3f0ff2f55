"""Create the staff roles, replacing Wagtail's starter groups.

Wagtail's "Moderators" group becomes "Moderatoren", so its members and the
"Moderators approval" workflow task that points at it stay; its page
permissions on the whole tree go, because moderators act through workflow
tasks. Wagtail's "Editors" (add and change on the whole tree) is removed when
nobody is in it: Communicatie and the neighbourhood teams replace it.
"""

from django.db import migrations

from roles.sync import MODERATOREN, sync_roles


def create_roles(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    moderators = Group.objects.filter(name="Moderators").first()
    if moderators is not None and not Group.objects.filter(name=MODERATOREN).exists():
        moderators.name = MODERATOREN
        moderators.save(update_fields=["name"])
        GroupPagePermission.objects.filter(group=moderators).delete()
    editors = Group.objects.filter(name="Editors").first()
    if editors is not None and not editors.user_set.exists():
        editors.delete()
    sync_roles(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("roles", "0001_initial"),
        ("pages", "0002_locales_and_participation_elements"),
        ("feedback", "0003_follow_and_answer_votes"),
        ("socialmap", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
