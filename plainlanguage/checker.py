"""A plain-language (B1) checker for Dutch: pure functions, no database, no network.

``check(text, avoid)`` returns a list of :class:`Finding`: sentences that are too
long, words that are too long or too rare, passive sentences, official phrasing
("het verstrekken van"), and words from the list of words to avoid, each with a
plain alternative. ``readability(text)`` gives the Flesch-Douma score.

It warns; it never decides. The rules are heuristics tuned on the portal's own
texts (see ``tests/test_plain_language_demo.py``), so that ordinary B1 Dutch does
not light up and the findings that remain are worth a second look.

Building blocks, all working offline from data inside their wheels:

- ``wordfreq``: how common a Dutch word is (Zipf scale: 3 = once per million
  words; everyday words are 4 to 7);
- ``simplemma``: Dutch lemmas, so "verstrekt" matches "verstrekken" and the
  separable verb "ophalen" is found in "we halen je ideeën op";
- ``pyphen``: the Dutch hyphenation dictionary (nl_NL), for syllables.

Text comes in as plain text; a line break separates blocks (paragraphs, list
items, headings) and a sentence never runs across one.
"""

import re
from dataclasses import dataclass
from functools import lru_cache

from django.utils.translation import gettext, ngettext

import pyphen
import simplemma
from wordfreq import zipf_frequency

# -- thresholds -----------------------------------------------------------------
#
# Sentence length: B1 guidance (Taalunie; "Direct Duidelijk" of the national
# government) is 15 words on average and at most about 20. A sentence with more
# words than this is flagged.
MAX_SENTENCE_WORDS = 20

# Word length: Dutch glues nouns together. The usual advice is to flag words of
# more than 15 letters, but on the portal's own resident texts that lights up
# everyday B1 compounds: "woningcorporatie" (16), "donderdagochtend" (16),
# "vrijwilligerswerk" (17), "straatverlichting" (17). Words of 19 letters and
# more ("welzijnsorganisatie", "gegevensbescherming", "vrijwilligersorganisatie")
# are the ones readers stumble over, so only words longer than 18 letters are
# flagged. Hyphenated words count per part ("buurt-bijeenkomst").
MAX_WORD_LETTERS = 18

# Rare words: below 2.5 on wordfreq's Zipf scale (fewer than about 3 in a hundred
# million words), unless the word is a compound of two common words (each at
# least 3.0), like "wijkadviseur" = "wijk" + "adviseur". Names (words with a
# capital) and numbers are never rare words.
RARE_ZIPF = 2.5
COMPOUND_PART_ZIPF = 3.0

# Flesch-Douma (below): 60 and up reads as "normal" or easier; B1 texts for
# residents should score at least this.
B1_READABILITY = 60
# Below this many words a readability score says little; none is given.
MIN_WORDS_FOR_READABILITY = 25

# Words between the parts of a phrase with a gap ("dienen ... te").
MAX_GAP_WORDS = 10

LANGUAGE = "nl"

# Finding kinds, in the order the editor sees them.
AVOID = "avoid"
LONG_SENTENCE = "long_sentence"
PASSIVE = "passive"
OFFICIAL = "official"
LONG_WORD = "long_word"
RARE_WORD = "rare_word"
KINDS = (AVOID, LONG_SENTENCE, PASSIVE, OFFICIAL, LONG_WORD, RARE_WORD)


@dataclass(frozen=True)
class Finding:
    """One thing to look at: ``text[start:end]`` of the checked text."""

    kind: str
    start: int
    end: int
    text: str
    message: str
    suggestion: str = ""


@dataclass(frozen=True)
class AvoidEntry:
    """A word or phrase to avoid and its plain alternative.

    ``phrase`` may hold ``...`` where other words can come between its parts,
    as in "dienen ... te" ("bewoners dienen een formulier in te vullen").
    """

    phrase: str
    alternative: str
    note: str = ""


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int

    @property
    def lower(self):
        return self.text.lower()

    @property
    def has_letters(self):
        return any(ch.isalpha() for ch in self.text)


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int
    end: int
    tokens: tuple

    @property
    def words(self):
        return [t for t in self.tokens if t.has_letters]


# -- splitting ------------------------------------------------------------------

# A word: letters and digits, joined by inner hyphens or apostrophes
# ("e-mail", "zo'n", "B1-niveau"). "10.00" and "030-5550141" are single tokens.
_TOKEN = re.compile(r"\w+(?:[-'’.,]\w+)*", re.UNICODE)
# A sentence ends at . ! ? or … followed by a space and a capital, digit or quote.
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'”’)]*\s+(?=[\"'“‘„(]?[A-Z0-9À-Þ])")
# Abbreviations after which a capital does not start a new sentence.
_ABBREVIATIONS = {"bijv", "bv", "o.a", "ca", "nr", "dhr", "mevr", "mr", "dr", "st", "tel", "zgn"}
_QUOTES_OPEN = "'\"‘“„«"
_QUOTES_CLOSE = "'\"’”«»"
_URLS = re.compile(
    r"(?:https?://|www\.)\S+|\S+@\S+\.\w+|[\w.-]+\.(?:nl|com|org|net|eu|be|info|nu)\b\S*",
    re.IGNORECASE,
)


def tokens(text, offset=0):
    """The word and number tokens of ``text``, with their positions."""
    masked = _URLS.sub(lambda m: " " * len(m.group()), text)
    return tuple(
        Token(m.group(), offset + m.start(), offset + m.end())
        for m in _TOKEN.finditer(masked)
        # A comma joins digits ("2,5"), not words ("ja,nee").
        if not re.search(r"[^\W\d_],|,[^\W\d_]", m.group())
    )


def sentences(text):
    """The sentences of ``text``; a line break always ends a sentence."""
    result = []
    for block in re.finditer(r"[^\n]+", text):
        block_start = block.start()
        start = 0
        body = block.group()
        for match in _SENTENCE_END.finditer(body):
            before = body[start : match.start()].rstrip("\"'”’)")
            last_word = re.search(r"([\w.]+)\.$", before)
            if last_word and last_word.group(1).lower() in _ABBREVIATIONS:
                continue
            _add_sentence(result, body[start : match.start()], block_start + start)
            start = match.end()
        _add_sentence(result, body[start:], block_start + start)
    return result


def _add_sentence(result, piece, offset):
    stripped = piece.strip()
    if not stripped:
        return
    lead = len(piece) - len(piece.lstrip())
    start = offset + lead
    result.append(Sentence(stripped, start, start + len(stripped), tokens(stripped, offset=start)))


# -- words ----------------------------------------------------------------------


@lru_cache(maxsize=50_000)
def lemma(word):
    """The dictionary form of a Dutch word, lower case ("haalden" -> "halen").

    simplemma writes separable verbs with an underscore ("op_halen"); that is
    kept, so callers can find the particle.
    """
    return simplemma.lemmatize(word.lower(), lang=LANGUAGE)


def _plain_lemma(word):
    return lemma(word).replace("_", "")


@lru_cache(maxsize=50_000)
def zipf(word):
    return zipf_frequency(word.lower(), LANGUAGE)


@lru_cache(maxsize=50_000)
def is_common(word):
    """Whether a (lower case) Dutch word is common enough for B1 readers."""
    if zipf(word) >= RARE_ZIPF or zipf(_plain_lemma(word)) >= RARE_ZIPF:
        return True
    return _is_compound_of_common_words(word)


_LINKING = ("s", "e", "en")


def _is_common_part(part):
    return zipf(part) >= COMPOUND_PART_ZIPF or zipf(_plain_lemma(part)) >= COMPOUND_PART_ZIPF


@lru_cache(maxsize=50_000)
def _is_compound_of_common_words(word, depth=0):
    """ "wijkadviseur" = "wijk" + "adviseur"; "jongerenwerker" = "jongeren" + "werker"."""
    for cut in range(3, len(word) - 2):
        head, tail = word[:cut], word[cut:]
        heads = [head] + [
            head[: -len(link)]
            for link in _LINKING
            if head.endswith(link) and len(head) - len(link) >= 3
        ]
        if not any(_is_common_part(h) for h in heads):
            continue
        if _is_common_part(tail) or (depth == 0 and _is_compound_of_common_words(tail, 1)):
            return True
    return False


def letters(word):
    """Letters of the longest part of a word; hyphenated parts are read apart."""
    return max(sum(ch.isalpha() for ch in part) for part in re.split(r"[-'’]", word))


_DUTCH = pyphen.Pyphen(lang="nl_NL", left=1, right=1)
_VOWEL_GROUP = re.compile(r"[aeiouy]+|[äëïöüáéíóú]", re.IGNORECASE)


@lru_cache(maxsize=50_000)
def syllables(word):
    """Syllables of a Dutch word.

    The hyphenation dictionary knows where Dutch words break ("bij-een-komst"),
    but it never breaks off a single first or last vowel ("idee", "over"); the
    count of vowel groups (with ë, ï as the start of a new syllable: "ide-eën")
    catches those. The larger of the two is used.
    """
    word = word.lower()
    by_dictionary = sum(
        len(_DUTCH.positions(part)) + 1 for part in re.split(r"[-'’]", word) if part
    )
    by_vowels = len(_VOWEL_GROUP.findall(word))
    return max(by_dictionary, by_vowels, 1)


# -- readability ----------------------------------------------------------------


@dataclass(frozen=True)
class Readability:
    score: float | None
    words: int
    sentences: int
    words_per_sentence: float
    syllables_per_word: float

    @property
    def is_b1(self):
        return self.score is None or self.score >= B1_READABILITY

    @property
    def label(self):
        """Douma's bands, which follow Flesch's."""
        if self.score is None:
            return gettext("too short to score")
        for floor, label in (
            (90, gettext("very easy")),
            (80, gettext("easy")),
            (70, gettext("fairly easy")),
            (60, gettext("normal")),
            (50, gettext("fairly difficult")),
            (30, gettext("difficult")),
        ):
            if self.score >= floor:
                return label
        return gettext("very difficult")


def readability(text):
    """Flesch-Douma reading ease of a Dutch text: higher is easier.

    W.H. Douma (1960), "De leesbaarheid van landbouwbladen: een onderzoek naar
    en een toepassing van leesbaarheidsformules", Wageningen, Bulletin 17 of
    the Afdeling Sociologie en Sociografie: Flesch's Reading Ease adapted to
    Dutch, which has longer words than English:

        206.84 - 0.77 * (syllables per 100 words) - 0.93 * (words per sentence)

    The formula ``textstat`` uses for ``set_lang("nl")``, computed here with
    Dutch syllables and the checker's own sentences. The bands
    are Flesch's: 60-70 normal, 70-80 fairly easy, 80 and up easy; B1 texts
    should reach about 60. A formula sees only word and sentence length, so it
    complements the findings; it does not replace reading the text. Wagtail's
    Checks panel shows its own, language-neutral score of the whole previewed
    page; this one is for the Dutch texts residents read.
    """
    parts = sentences(text)
    words = [t.text for s in parts for t in s.words]
    n_sentences = sum(1 for s in parts if s.words)
    if not words:
        return Readability(None, 0, 0, 0.0, 0.0)
    per_sentence = len(words) / n_sentences
    per_word = sum(syllables(w) for w in words) / len(words)
    score = None
    if len(words) >= MIN_WORDS_FOR_READABILITY:
        score = round(206.84 - 0.77 * (100 * per_word) - 0.93 * per_sentence, 1)
    return Readability(score, len(words), n_sentences, per_sentence, per_word)


# -- checks ---------------------------------------------------------------------


def check(text, avoid=()):
    """Everything in ``text`` a B1 reader may stumble over, in reading order."""
    findings = []
    for sentence in sentences(text):
        findings += _long_sentence(sentence)
        findings += _avoid_words(sentence, avoid)
        findings += _passive(sentence)
        findings += _nominal_style(sentence)
        findings += _difficult_words(sentence)
    findings = _without_mentions(findings, text)
    order = {kind: i for i, kind in enumerate(KINDS)}
    return sorted(findings, key=lambda f: (f.start, order[f.kind], -f.end))


def _long_sentence(sentence):
    count = len(sentence.tokens)
    if count <= MAX_SENTENCE_WORDS:
        return []
    return [
        Finding(
            LONG_SENTENCE,
            sentence.start,
            sentence.end,
            sentence.text,
            gettext("%(count)d words. Aim for 15, at most %(max)d.")
            % {"count": count, "max": MAX_SENTENCE_WORDS},
            gettext("Split it into two or three sentences."),
        )
    ]


def _difficult_words(sentence):
    findings = []
    for i, token in enumerate(sentence.tokens):
        word = token.text
        if not token.has_letters or any(ch.isdigit() for ch in word):
            continue
        is_name = word[0].isupper() and (i > 0 or word.isupper())
        if letters(word) > MAX_WORD_LETTERS and not is_name:
            findings.append(
                Finding(
                    LONG_WORD,
                    token.start,
                    token.end,
                    word,
                    gettext("%(count)d letters.") % {"count": letters(word)},
                    gettext("Use a shorter word, or say it in more words."),
                )
            )
        elif (
            not word[0].isupper()
            and len(word) > 3
            and not all(is_common(part.lower()) for part in re.split(r"[-'’]", word) if part)
        ):
            findings.append(
                Finding(
                    RARE_WORD,
                    token.start,
                    token.end,
                    word,
                    gettext("Many readers may not know this word."),
                    gettext("Use a more common word, or explain it."),
                )
            )
    return findings


# The forms of "worden", the auxiliary of the Dutch passive.
_WORDEN = {"word", "wordt", "worden", "werd", "werden"}
# The forms of "zijn" that make a passive with "door": "is door ons betaald".
_ZIJN = {"is", "zijn", "was", "waren"}
# Verbs whose perfect tense itself uses "zijn": "we zijn door de wijk gelopen" is
# active, so their participles never make a passive with "zijn".
_ZIJN_VERBS = {
    "gaan", "komen", "lopen", "rijden", "fietsen", "wandelen", "vallen", "blijven",
    "beginnen", "gebeuren", "veranderen", "verhuizen", "verdwijnen", "groeien",
    "stoppen", "ontstaan", "vertrekken", "aankomen", "terugkomen", "opgroeien",
    "overlijden", "sterven", "slagen", "lukken", "mislukken", "stijgen", "dalen",
    "verschijnen", "binnenkomen", "meegaan", "opstaan", "trekken", "reizen",
}  # fmt: skip
# Words that end a clause: a participle across one of these is not a passive.
_CLAUSE_WORDS = {"maar", "want", "omdat", "dus", "terwijl", "toen", "zodat", "nadat", "voordat"}
_PARTICIPLE_PREFIXES = ("ge", "be", "ver", "ont", "her", "er")


def _clauses(sentence):
    """Tokens of a sentence in groups, split at , ; : ( ) and words like "maar"."""
    groups, current = [], []
    for i, token in enumerate(sentence.tokens):
        if token.lower in _CLAUSE_WORDS and current:
            groups.append(current)
            current = []
        current.append(token)
        following = sentence.text[token.end - sentence.start : _next_start(sentence, i)]
        if re.search(r"[,;:()–—]", following):
            groups.append(current)
            current = []
    if current:
        groups.append(current)
    return groups


def _next_start(sentence, i):
    tokens_ = sentence.tokens
    return tokens_[i + 1].start - sentence.start if i + 1 < len(tokens_) else len(sentence.text)


@lru_cache(maxsize=50_000)
def is_participle(word):
    """Past participles: "gebouwd", "opgehaald", "besproken", "verbeterd".

    A word is taken for one when simplemma gives a verb (ending in -n) as its
    lemma, the word is not that lemma, it ends in -d, -t or -n, and it starts
    with ge-, be-, ver-, ont-, her- or er- (or a particle and ge-: "aangelegd").
    """
    word = word.lower()
    base = lemma(word)
    plain = base.replace("_", "")
    if plain == word or not plain.endswith("n") or not word.endswith(("d", "t", "n")):
        return False
    if word == "geworden":
        return False
    if "_" in base:
        # Separable verbs: "opgehaald", "aangelegd", "voorbereid".
        particle = base.split("_", 1)[0]
        return word.startswith(particle) and word[len(particle) :].startswith(_PARTICIPLE_PREFIXES)
    return word.startswith(_PARTICIPLE_PREFIXES)


def _passive(sentence):
    findings = []
    for clause in _clauses(sentence):
        lowers = [t.lower for t in clause]
        participles = [t for t in clause if is_participle(t.text)]
        if not participles:
            continue
        auxiliaries = [t for t in clause if t.lower in _WORDEN]
        if not auxiliaries and "door" in lowers:
            participles = [t for t in participles if _plain_lemma(t.text) not in _ZIJN_VERBS]
            auxiliaries = [t for t in clause if t.lower in _ZIJN] if participles else []
        if not auxiliaries:
            continue
        first = min(auxiliaries[0].start, participles[0].start)
        last = max(auxiliaries[0].end, participles[-1].end)
        findings.append(
            Finding(
                PASSIVE,
                first,
                last,
                sentence.text[first - sentence.start : last - sentence.start],
                gettext("The reader does not see who does it."),
                # The example is Dutch whatever the admin's language: it is about Dutch.
                gettext("Say who does it, for example: %(example)s.")
                % {"example": "“We repareren de weg” in plaats van “De weg wordt gerepareerd”"},
            )
        )
    return findings


@lru_cache(maxsize=50_000)
def is_verb_as_noun(word):
    """An infinitive that reads as official when used as a noun: "verstrekken",
    "organiseren", "aanleggen". Everyday nouns that look like infinitives
    ("het noorden", "het leven") have none of these prefixes or endings."""
    word = word.lower()
    base = lemma(word)
    if base.replace("_", "") != word or not word.endswith("en") or len(word) < 7:
        return False
    return "_" in base or word.endswith("eren") or word.startswith(_PARTICIPLE_PREFIXES[1:])


def _nominal_style(sentence):
    """Official phrasing: a verb made into a noun, "het verstrekken van informatie"."""
    findings = []
    toks = sentence.tokens
    for i in range(len(toks) - 2):
        article, verb, of = toks[i], toks[i + 1], toks[i + 2]
        if article.lower != "het" or of.lower != "van":
            continue
        if not is_verb_as_noun(verb.text):
            continue
        word = verb.lower
        findings.append(
            Finding(
                OFFICIAL,
                article.start,
                of.end,
                sentence.text[article.start - sentence.start : of.end - sentence.start],
                gettext("A verb used as a noun reads as official."),
                gettext("Use the verb: “we %(verb)s …” instead of “het %(verb)s van …”.")
                % {"verb": word},
            )
        )
    return findings


# -- words to avoid -------------------------------------------------------------


@dataclass(frozen=True)
class _Pattern:
    entry: AvoidEntry
    parts: tuple  # tuple of tuples of words; a gap lies between parts


@lru_cache(maxsize=2_000)
def _pattern(entry):
    parts, current = [], []
    for word in re.findall(r"\.\.\.|…|[^\s.…]+(?:\.[^\s.…]+)*", entry.phrase.lower()):
        if word in ("...", "…"):
            if current:
                parts.append(tuple(current))
            current = []
        else:
            current.extend(t.text.lower() for t in tokens(word))
    if current:
        parts.append(tuple(current))
    return _Pattern(entry, tuple(parts))


def _same_word(token, word):
    """Whether a token is a form of a word of the list: "verstrekte" of "verstrekken".

    Short words ("te", "van", "ten") must match exactly: their lemmas collide.
    """
    if token.lower == word:
        return True
    if len(word) <= 3:
        return False
    token_lemma = _plain_lemma(token.text)
    return token_lemma in (word, _plain_lemma(word))


def _match_run(toks, start, words):
    if start + len(words) > len(toks):
        return False
    return all(_same_word(toks[start + k], w) for k, w in enumerate(words))


def _find_pattern(sentence, pattern):
    """(first token, last token) of each place the pattern occurs in the sentence."""
    toks = sentence.tokens
    parts = pattern.parts
    if not parts:
        return []
    hits = []
    for i in range(len(toks)):
        if not _match_run(toks, i, parts[0]):
            continue
        position = i + len(parts[0])
        end = position - 1
        for part in parts[1:]:
            found = None
            for j in range(position, min(len(toks), position + MAX_GAP_WORDS + 1)):
                # "om ... te" is a purpose clause, not the "te" of the phrase.
                if toks[j - 1].lower == "om" and j > position:
                    break
                if _match_run(toks, j, part):
                    found = j
                    break
            if found is None:
                end = None
                break
            position = found + len(part)
            end = position - 1
        if end is not None:
            hits.append((toks[i], toks[end]))
    return hits


def _separable_hits(sentence, entry):
    """A separable verb split up: "ophalen" in "we halen je ideeën op" or "op te halen"."""
    words = _pattern(entry).parts
    if len(words) != 1 or len(words[0]) != 1:
        return []
    base = lemma(words[0][0])
    if "_" not in base:
        return []
    particle, verb = base.split("_", 1)
    hits = []
    for clause in _clauses(sentence):
        for i, token in enumerate(clause):
            # "om ideeën op te halen"
            if (
                token.lower == particle
                and i + 2 < len(clause)
                and clause[i + 1].lower == "te"
                and _plain_lemma(clause[i + 2].text) == verb
            ):
                hits.append((token, clause[i + 2]))
            # In a main clause the particle closes the clause: "we halen ideeën op."
            if (
                _plain_lemma(token.text) == verb
                and token.lower != words[0][0]
                and clause[-1].lower == particle
                and clause[-1] is not token
            ):
                hits.append((token, clause[-1]))
    return hits


def _avoid_words(sentence, avoid):
    findings = []
    for entry in avoid:
        pattern = _pattern(entry)
        for first, last in _find_pattern(sentence, pattern) + _separable_hits(sentence, entry):
            offset = sentence.start
            end = last.end
            # "o.a." ends in a full stop that is not part of the token.
            if entry.phrase.endswith(".") and sentence.text[end - offset : end - offset + 1] == ".":
                end += 1
            findings.append(
                Finding(
                    AVOID,
                    first.start,
                    end,
                    sentence.text[first.start - offset : end - offset],
                    gettext("“%(phrase)s” is on the list of words to avoid.")
                    % {"phrase": entry.phrase}
                    + (f" {entry.note}" if entry.note else ""),
                    entry.alternative,
                )
            )
    return findings


def _without_mentions(findings, text):
    """Drop word findings inside quotation marks: "vermijd 'ophalen'" mentions a word."""
    kept = []
    for finding in findings:
        if finding.kind in (AVOID, LONG_WORD, RARE_WORD):
            before = text[finding.start - 1] if finding.start > 0 else ""
            after = text[finding.end] if finding.end < len(text) else ""
            if before and after and before in _QUOTES_OPEN and after in _QUOTES_CLOSE:
                continue
        kept.append(finding)
    return kept


def summary(findings):
    """One line for a message: "2 long sentences, 1 word to avoid"."""
    counts = {}
    for finding in findings:
        counts[finding.kind] = counts.get(finding.kind, 0) + 1
    labels = {
        AVOID: lambda n: ngettext("%(n)d word to avoid", "%(n)d words to avoid", n),
        LONG_SENTENCE: lambda n: ngettext("%(n)d long sentence", "%(n)d long sentences", n),
        PASSIVE: lambda n: ngettext("%(n)d passive sentence", "%(n)d passive sentences", n),
        OFFICIAL: lambda n: ngettext("%(n)d official phrase", "%(n)d official phrases", n),
        LONG_WORD: lambda n: ngettext("%(n)d long word", "%(n)d long words", n),
        RARE_WORD: lambda n: ngettext("%(n)d rare word", "%(n)d rare words", n),
    }
    return ", ".join(
        labels[kind](counts[kind]) % {"n": counts[kind]} for kind in KINDS if kind in counts
    )
