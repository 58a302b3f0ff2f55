"""The interface has a complete Dutch translation, compiled and committed."""

import gettext
import re
from pathlib import Path

import pytest

LOCALE = Path(__file__).resolve().parent.parent / "locale"


def read_po(po_file):
    """The entries of a .po file as dicts (a tiny reader; no extra package)."""
    entries, current, key = [], {}, None
    for line in po_file.read_text(encoding="utf-8").splitlines() + [""]:
        if not line.strip():
            if current:
                entries.append(current)
            current, key = {}, None
            continue
        if line.startswith("#"):
            if "fuzzy" in line and line.startswith("#,"):
                current["fuzzy"] = True
            if line.startswith("#:"):
                current.setdefault("places", []).extend(line[2:].split())
            continue
        match = re.match(r'^(msgid|msgid_plural|msgstr(?:\[\d+\])?) "(.*)"$', line)
        if match:
            key = match.group(1)
            current[key] = match.group(2)
        elif line.startswith('"') and key:
            current[key] += line[1:-1]
    return entries


def untranslated(po_file, only_places=()):
    missing = []
    entries = read_po(po_file)
    for entry in entries:
        if not entry.get("msgid"):
            continue  # the header
        strings = [value for name, value in entry.items() if name.startswith("msgstr")]
        if only_places and not any(
            place.startswith(only_places) for place in entry.get("places", [])
        ):
            continue
        if entry.get("fuzzy") or not all(strings):
            missing.append(entry["msgid"])
    return missing


def test_every_interface_string_has_a_dutch_translation():
    assert untranslated(LOCALE / "nl" / "LC_MESSAGES" / "django.po") == []


# What residents meet: navigation, the feedback register, its forms and e-mails.
RESIDENT_FACING = (
    "templates/base.html",
    "templates/components/",
    "templates/feedback/",
    "templates/socialmap/",
    "feedback/",
    "socialmap/",
)


@pytest.mark.parametrize("language", ["ar", "tr", "pl"])
def test_resident_facing_strings_are_translated(language):
    po_file = LOCALE / language / "LC_MESSAGES" / "django.po"
    assert untranslated(po_file, only_places=RESIDENT_FACING) == []


def unescape(text):
    return (
        text.encode("latin-1", "backslashreplace")
        .decode("unicode_escape")
        .encode("latin-1")
        .decode("utf-8")
        if "\\" in text
        else text
    )


def test_compiled_dutch_catalogue_matches_its_source():
    po_file = LOCALE / "nl" / "LC_MESSAGES" / "django.po"
    with open(po_file.with_suffix(".mo"), "rb") as handle:
        catalogue = gettext.GNUTranslations(handle)._catalog
    for entry in read_po(po_file):
        if entry.get("msgid") and "msgstr" in entry:
            assert catalogue.get(unescape(entry["msgid"])) == unescape(entry["msgstr"]), (
                f"{entry['msgid']!r}: run compilemessages"
            )


def test_a_missing_page_in_english_shows_the_english_menu(client, db):
    # The English home hands a path it does not know over to the Dutch tree;
    # the menu must stay the visitor's.
    response = client.get("/en/bestaat-niet/")
    assert response.status_code == 404
    html = response.content.decode()
    assert 'href="/en/neighbourhoods/"' in html
    assert 'href="/en/wijken/"' not in html
