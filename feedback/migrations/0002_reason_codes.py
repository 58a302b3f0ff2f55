"""The standard reasons why an idea is not (yet) carried out, each with a ready
explanation in plain Dutch that editors adapt to the idea."""

from django.db import migrations

REASONS = [
    (
        "not-a-municipal-task",
        "Geen taak van de gemeente",
        "De gemeente gaat hier niet over. Een andere organisatie beslist hierover.",
    ),
    (
        "no-budget",
        "Geen geld",
        "Er is nu geen geld voor. We hebben het geld al verdeeld over andere plannen.",
    ),
    (
        "legal-barrier",
        "Mag niet volgens de regels",
        "De wet of de regels van de gemeente staan dit niet toe.",
    ),
    (
        "conflicts-with-other-wishes",
        "Botst met wensen van andere bewoners",
        "Andere bewoners willen iets anders. We kunnen niet alle wensen tegelijk waarmaken.",
    ),
    (
        "postponed",
        "Later opnieuw bekijken",
        "Het kan nu nog niet. We kijken er later opnieuw naar.",
    ),
    (
        "done-differently",
        "Op een andere manier opgelost",
        "We lossen het probleem op een andere manier op.",
    ),
    (
        "not-feasible",
        "Niet uitvoerbaar",
        "We hebben het onderzocht. Het lukt in de praktijk niet.",
    ),
    (
        "handled-by-partner",
        "Een partner pakt het op",
        "Een organisatie in de wijk kan hier beter mee helpen. Wij hebben het aan hen doorgegeven.",
    ),
]


def create(apps, schema_editor):
    ReasonCode = apps.get_model("feedback", "ReasonCode")
    for order, (code, title, explanation) in enumerate(REASONS, start=1):
        ReasonCode.objects.get_or_create(
            code=code, defaults={"title": title, "explanation": explanation, "sort_order": order}
        )


class Migration(migrations.Migration):
    dependencies = [("feedback", "0001_initial")]

    operations = [migrations.RunPython(create, migrations.RunPython.noop)]
