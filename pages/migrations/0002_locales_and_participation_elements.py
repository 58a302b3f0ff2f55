"""Create the site's five content languages and the five elements of inclusive
participation (Movisie: early, close by, together, proactive, flexible)."""

from django.conf import settings
from django.db import migrations

ELEMENTS = [
    ("early", "Vroegtijdig", "Betrek inwoners vanaf het begin, voordat plannen vastliggen."),
    ("close-by", "Dichtbij", "Ga naar inwoners toe, op plekken die zij kennen."),
    ("together", "Samen", "Werk samen met inwoners en organisaties, als gelijken."),
    ("proactive", "Proactief", "Zoek zelf de inwoners op die je anders niet hoort."),
    ("flexible", "Flexibel", "Pas de vorm aan aan de mensen, niet andersom."),
]


def create(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
    Element = apps.get_model("pages", "ParticipationElement")
    for order, (slug, name, description) in enumerate(ELEMENTS, start=1):
        Element.objects.get_or_create(
            slug=slug, defaults={"name": name, "description": description, "sort_order": order}
        )


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0001_initial"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [migrations.RunPython(create, migrations.RunPython.noop)]
