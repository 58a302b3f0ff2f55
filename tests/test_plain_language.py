"""The Dutch plain-language checker on real Dutch sentences (no database)."""

import importlib
import subprocess
import sys
import textwrap

import pytest

from plainlanguage.checker import (
    AVOID,
    LONG_SENTENCE,
    LONG_WORD,
    MAX_SENTENCE_WORDS,
    OFFICIAL,
    PASSIVE,
    RARE_WORD,
    AvoidEntry,
    check,
    readability,
    sentences,
    syllables,
)

SEED = importlib.import_module("plainlanguage.migrations.0002_seed_avoid_words")
AVOID_LIST = tuple(AvoidEntry(word, alternative, note) for word, alternative, note in SEED.WORDS)


def kinds(text):
    return [finding.kind for finding in check(text, AVOID_LIST)]


def flagged(text, kind):
    return [finding.text for finding in check(text, AVOID_LIST) if finding.kind == kind]


@pytest.mark.parametrize(
    "text",
    [
        "De drie bankjes staan er. Eén staat in de schaduw, zoals je vroeg.",
        "Over drie weken vragen we aan ouders of het zo goed is.",
        "Je krijgt een cadeaubon van 15 euro voor de supermarkt. Je hoeft nergens in te loggen.",
        "Samira El Idrissi is er elke dinsdagochtend van 10.00 tot 12.00 uur in buurthuis De Kade.",
        "Kom naar de informatiemarkt in Kanaleneiland. Mail je vraag naar wijk@example.org.",
        "De wijkadviseur en de sleutelpersoon praten met de woningcorporatie over de bijeenkomst.",
    ],
)
def test_b1_sentences_pass(text):
    assert check(text, AVOID_LIST) == []


def test_official_sentence_is_flagged_for_each_official_word():
    text = (
        "Teneinde de leefbaarheid te bevorderen dienen bewoners middels het formulier een "
        "aanvraag in te dienen."
    )
    findings = check(text, AVOID_LIST)
    assert {f.kind for f in findings} == {AVOID}
    words = [f.text.split()[0].lower() for f in findings]
    assert words == ["teneinde", "bevorderen", "dienen", "middels"]
    assert {f.suggestion for f in findings} >= {"moeten", "met, via", "om ... te"}


def test_sentence_of_thirty_words_is_flagged_as_long():
    text = (
        "Op de bijeenkomst in het buurthuis hebben bewoners, de wijkadviseur en twee "
        "medewerkers van de gemeente gepraat over de speeltuin, de bankjes, het afval "
        "en de verlichting in de straat."
    )
    assert len(text.split()) == 30
    [finding] = check(text, AVOID_LIST)
    assert finding.kind == LONG_SENTENCE
    assert finding.text == text
    assert str(30) in finding.message


def test_sentence_of_twenty_words_is_not_long():
    text = " ".join(["woord"] * MAX_SENTENCE_WORDS) + "."
    assert LONG_SENTENCE not in kinds(text)


def test_ophalen_is_flagged_with_its_plain_alternative():
    [finding] = check("We willen jullie ideeën ophalen.", AVOID_LIST)
    assert finding.kind == AVOID
    assert finding.text == "ophalen"
    assert finding.suggestion == "vragen, verzamelen"


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("We halen je ideeën op.", "halen je ideeën op"),
        ("Wij komen om ideeën op te halen.", "op te halen"),
        ("De ideeën zijn opgehaald.", "opgehaald"),
    ],
)
def test_ophalen_is_found_in_every_form(text, span):
    assert flagged(text, AVOID) == [span]


def test_op_as_a_preposition_is_not_ophalen():
    assert check("We halen koffie op de markt.", AVOID_LIST) == []


def test_positieve_gezondheid_is_flagged():
    assert flagged("Het gaat over positieve gezondheid.", AVOID) == ["positieve gezondheid"]


def test_word_in_quotation_marks_is_a_mention_not_a_use():
    assert check("Vermijd woorden als 'ophalen' en “positieve gezondheid”.", AVOID_LIST) == []


def test_abbreviation_is_flagged_with_its_full_stop():
    assert flagged("Er is eten, o.a. soep.", AVOID) == ["o.a."]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("De weg wordt volgend jaar gerepareerd.", "wordt volgend jaar gerepareerd"),
        ("Er werden dertig dingen gemaakt.", "werden dertig dingen gemaakt"),
        ("Het plan is door de gemeente goedgekeurd.", "is door de gemeente goedgekeurd"),
    ],
)
def test_passive_sentences_are_flagged(text, span):
    assert flagged(text, PASSIVE) == [span]


@pytest.mark.parametrize(
    "text",
    [
        "We repareren de weg volgend jaar.",
        "Het wordt tijd om te beginnen.",
        "Het is koud geworden.",
        "De bankjes zijn geplaatst.",  # a state, and no one is left out
        "Het wordt gezellig, zegt ze, want de zaal is versierd.",
        "We zijn samen door de wijk gelopen.",
    ],
)
def test_active_and_stative_sentences_are_not_passive(text):
    assert PASSIVE not in kinds(text)


def test_verb_made_into_a_noun_is_official_style():
    assert flagged("Het organiseren van de markt kost tijd.", OFFICIAL) == ["Het organiseren van"]
    assert OFFICIAL not in kinds("In het noorden van de wijk is een park.")


def test_long_words_are_flagged_but_everyday_compounds_are_not():
    assert flagged("Vraag het aan de vrijwilligersorganisatie.", LONG_WORD) == [
        "vrijwilligersorganisatie"
    ]
    assert kinds("De woningcorporatie repareert de straatverlichting.") == []


def test_rare_words_are_flagged_but_names_and_compounds_of_common_words_are_not():
    assert flagged("Het plan is subsidiabel.", RARE_WORD) == ["subsidiabel"]
    assert kinds("Vraag het aan Ayşe Yıldız in de Zamenhofdreef.") == []
    assert kinds("De wijkadviseur komt ook.") == []


def test_added_avoid_word_is_found_in_its_inflected_forms():
    entry = AvoidEntry("verstrekken", "geven")
    assert [f.text for f in check("We verstrekten formulieren.", [entry])] == ["verstrekten"]


def test_sentences_do_not_break_at_times_abbreviations_or_mid_line():
    text = "Kom om 19.30 uur, bijv. met je buren. Er is soep.\nTot dan"
    assert [s.text for s in sentences(text)] == [
        "Kom om 19.30 uur, bijv. met je buren.",
        "Er is soep.",
        "Tot dan",
    ]


def test_web_and_mail_addresses_are_not_words():
    assert check("Kijk op toezichtsociaaldomein.nl of mail naar privacy@example.org.", ()) == []


@pytest.mark.parametrize(
    ("word", "count"),
    [("idee", 2), ("ideeën", 3), ("bijeenkomst", 3), ("gezondheid", 3), ("over", 2)],
)
def test_dutch_syllables(word, count):
    assert syllables(word) == count


def test_readability_is_flesch_douma():
    # 30 words of one syllable in 5 sentences of 6 words:
    # 206.84 - 0.77 * 100 - 0.93 * 6 = 124.26
    assert readability("De kat zit op de mat. " * 5).score == pytest.approx(124.3)


def test_readability_puts_a_simple_text_above_a_complex_one():
    simple = (
        "De drie bankjes staan er. Eén staat in de schaduw, zoals je vroeg. Over drie weken "
        "vragen we aan ouders of het zo goed is. Heb je een vraag? Bel ons gerust."
    )
    complex_ = (
        "Teneinde de leefbaarheid in de wijk te bevorderen, dienen belanghebbende bewoners "
        "middels het digitale aanvraagformulier een gemotiveerde aanvraag in te dienen bij de "
        "afdeling Ruimtelijke Ontwikkeling, alvorens de gemeente overgaat tot definitieve "
        "besluitvorming omtrent de herinrichting van de openbare ruimte."
    )
    easy, hard = readability(simple), readability(complex_)
    assert easy.score > 60 > hard.score
    assert easy.is_b1 and not hard.is_b1


def test_readability_of_a_short_text_is_not_scored():
    result = readability("Er is koffie.")
    assert result.score is None
    assert result.is_b1


def test_checker_needs_no_network():
    # A fresh interpreter in which every connection fails: the word lists,
    # lemmas and hyphenation patterns must all come from the installed wheels.
    script = textwrap.dedent(
        """
        import socket

        def refuse(*args, **kwargs):
            raise OSError("no network in this test")

        socket.socket.connect = refuse
        socket.create_connection = refuse

        import django
        from django.conf import settings

        settings.configure(USE_I18N=False)
        django.setup()
        from plainlanguage.checker import AvoidEntry, check, readability

        text = "We willen jullie ideeën ophalen bij de subsidiabele wijkadviseur. " * 3
        found = check(text, [AvoidEntry("ophalen", "vragen")])
        assert {f.kind for f in found} == {"avoid", "rare_word"}, found
        assert readability(text).score is not None
        """
    )
    result = subprocess.run(  # noqa: S603 - a fixed script run by this interpreter
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
