"""The first list of words to avoid, each with a plain alternative.

From the seed documents ("ophalen", "positieve gezondheid") and the usual
officialese of municipal letters, as listed in plain-language guides such as
the national government's "Direct Duidelijk" word list. Staff change the list
in the admin (Snippets > Words to avoid); this migration only adds what is
missing, so it never overwrites their edits.
"""

from django.db import migrations

ABBREVIATION = "Schrijf afkortingen voluit."

WORDS = [
    (
        "ophalen",
        "vragen, verzamelen",
        "Ideeën ophalen klinkt als afval ophalen. Zeg wat je doet: je vraagt mensen iets.",
    ),
    (
        "positieve gezondheid",
        "je goed voelen, gezond leven",
        "Vaktaal. Het klinkt alsof het altijd goed met je moet gaan. Zeg wat je bedoelt.",
    ),
    ("teneinde", "om ... te", ""),
    ("middels", "met, via", ""),
    ("inzake", "over", ""),
    ("dienen ... te", "moeten", "Ook met woorden ertussen: 'u dient het formulier in te vullen'."),
    ("alsmede", "en, ook", ""),
    ("derhalve", "daarom", ""),
    ("ten behoeve van", "voor", ""),
    ("in het kader van", "bij, voor", ""),
    ("woonachtig", "wonen", "'Je woont in ...' in plaats van 'je bent woonachtig in ...'."),
    ("verstrekken", "geven", ""),
    ("retourneren", "terugsturen", ""),
    ("indien", "als", ""),
    ("doch", "maar", ""),
    ("thans", "nu", ""),
    ("reeds", "al", ""),
    ("omtrent", "over", ""),
    ("conform", "volgens, zoals afgesproken", ""),
    ("echter", "maar", ""),
    ("tevens", "ook", ""),
    ("wederom", "weer", ""),
    ("aldus", "zo", ""),
    ("hetgeen", "wat", ""),
    ("trachten", "proberen", ""),
    ("aanvang", "begin", ""),
    ("alvorens", "voordat", ""),
    ("mits", "als", ""),
    ("benodigd", "nodig", ""),
    ("met betrekking tot", "over", ""),
    ("ten aanzien van", "over, voor", ""),
    (
        "ter beschikking",
        "geven, lenen, er is",
        "'We geven je ...' in plaats van 'we stellen ... ter beschikking'.",
    ),
    ("bevorderen", "beter maken, helpen", ""),
    ("faciliteren", "helpen, mogelijk maken", ""),
    ("implementeren", "invoeren, uitvoeren", ""),
    ("onderhavig", "dit, deze", ""),
    ("voornoemd", "die, dat, deze", ""),
    ("o.a.", "onder andere", ABBREVIATION),
    ("i.v.m.", "omdat, over", ABBREVIATION),
    ("d.m.v.", "met, door", ABBREVIATION),
    ("m.b.t.", "over", ABBREVIATION),
]


def seed(apps, schema_editor):
    AvoidWord = apps.get_model("plainlanguage", "AvoidWord")
    for word, alternative, note in WORDS:
        AvoidWord.objects.get_or_create(
            word=word, defaults={"alternative": alternative, "note": note}
        )


class Migration(migrations.Migration):
    dependencies = [("plainlanguage", "0001_initial")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
