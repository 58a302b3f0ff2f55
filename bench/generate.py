"""Grows the demo site into a city: neighbourhoods, ideas with their answers,
news and meetings, good practices, and English and Arabic copies of a share.

Run after ``load_demo_content``; the sizes in ``sizes.py`` are totals, so what
the demo already has counts. Pages are inserted in bulk (``tree.py``); each
idea's stored status fields come from ``IdeaPage.refresh_status``, the same
rules the editor's save applies. Deterministic for a given seed.
"""

import datetime
import random
import uuid
from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import Count
from django.utils import timezone
from django.utils.text import slugify

from wagtail.models import Locale

from feedback.models import FeedbackUpdate, IdeaIndexPage, IdeaPage, ReasonCode
from feedback.status import NEEDS_REASON, Source, Status
from pagecache.generation import bump_after_commit
from pages.demo.arabic import AR
from pages.demo.loader import REGISTER_INTRO, REGISTER_TITLE
from pages.models import (
    ContactPerson,
    EventPage,
    GoodPracticeIndexPage,
    GoodPracticePage,
    Method,
    Municipality,
    NeighbourhoodIndexPage,
    NeighbourhoodPage,
    NeighbourhoodUpdatePage,
    ParticipationElement,
    TargetGroup,
    Theme,
)

from . import texts
from .progress import Progress
from .sizes import TRANSLATED_NEIGHBOURHOOD_EVERY, TRANSLATED_SHARE, TRANSLATION_LANGUAGES, Sizes
from .tree import (
    BATCH,
    Placer,
    fix_numchild,
    insert_page_rows,
    insert_pages,
    insert_specific_rows,
    noon,
)

# How many feedback updates an idea gets (before the total is made exact):
# some are not answered yet, most went a few steps along the path.
UPDATE_COUNT_WEIGHTS = {0: 8, 1: 12, 2: 18, 3: 20, 4: 22, 5: 12, 6: 8}
PATH_OF_ACTION = [Status.UNDER_REVIEW, Status.PLANNED, Status.IN_PROGRESS, Status.DONE]
# The last answer closes the idea another way this often, and then how.
OTHER_ENDING_SHARE = 0.3
OTHER_ENDINGS = [Status.NOT_DOING, Status.ON_HOLD, Status.REFERRED, Status.MERGED]
MAX_UPDATES = max(UPDATE_COUNT_WEIGHTS)
ARABIC = {" ".join(dutch.split()): arabic for dutch, arabic in AR.items()}


@dataclass
class Report:
    """What was added, for the command's output and the test."""

    added: dict = field(default_factory=dict)

    def count(self, what, n):
        self.added[what] = self.added.get(what, 0) + n


def zipf_split(total, parts):
    """``total`` split over ``parts`` as 1, 1/2, 1/3, ...: a few big neighbourhoods."""
    weights = [1 / (rank + 1) for rank in range(parts)]
    return exact_split(total, weights)


def exact_split(total, weights):
    """Largest-remainder split of ``total`` in proportion to ``weights``."""
    scale = total / sum(weights)
    shares = [w * scale for w in weights]
    counts = [int(s) for s in shares]
    by_remainder = sorted(range(len(shares)), key=lambda i: counts[i] - shares[i])
    for i in by_remainder[: total - sum(counts)]:
        counts[i] += 1
    return counts


def update_counts(rng, ideas, total):
    """Number of updates per idea, summing exactly to ``total``."""
    if ideas == 0:
        return []
    if total > ideas * MAX_UPDATES:
        raise ValueError(f"{total} updates do not fit on {ideas} ideas.")
    values, weights = zip(*UPDATE_COUNT_WEIGHTS.items(), strict=True)
    counts = rng.choices(values, weights=weights, k=ideas)
    difference = total - sum(counts)
    while difference:
        i = rng.randrange(ideas)
        if difference > 0 and counts[i] < MAX_UPDATES:
            counts[i] += 1
            difference -= 1
        elif difference < 0 and counts[i] > 0:
            counts[i] -= 1
            difference += 1
    return counts


def status_path(rng, n, may_merge):
    """The statuses of ``n`` answers, oldest first."""
    if n == 0:
        return []
    steps = PATH_OF_ACTION[: min(n, 3)] + [Status.IN_PROGRESS] * max(0, n - 4)
    if n >= 4:
        steps.append(Status.DONE)
    if rng.random() < OTHER_ENDING_SHARE:
        ending = rng.choice(OTHER_ENDINGS)
        if ending == Status.MERGED and not may_merge:
            ending = Status.NOT_DOING
        steps[-1] = ending
    return steps


class CityGenerator:
    def __init__(self, scale=None, *, sizes=None, seed=20, progress=None, today=None):
        if (scale is None) == (sizes is None):
            raise ValueError("Give either a scale factor or the sizes.")
        self.sizes = sizes or Sizes.for_scale(scale)
        self.rng = random.Random(seed)  # noqa: S311 (test data, not secrets)
        self.progress = progress or Progress(enabled=False)
        self.today = today or timezone.localdate()
        self.placer = Placer()
        self.report = Report()

    # -- entry point ----------------------------------------------------------

    def run(self):
        self.nl = Locale.objects.get(language_code="nl")
        self.locales = {code: Locale.objects.get(language_code=code) for code in ("nl", "en", "ar")}
        self.themes = list(Theme.objects.values_list("pk", flat=True))
        self.reasons = list(ReasonCode.objects.filter(active=True).values_list("pk", flat=True))
        with transaction.atomic():
            neighbourhoods = self.neighbourhoods()
            self.news_and_events(neighbourhoods)
            self.ideas(neighbourhoods)
            self.good_practices()
            fix_numchild()
            # Bulk inserts send no signals: pages cached before now are out of date.
            bump_after_commit()
        return self.report

    def dutch(self, model):
        return model.objects.filter(locale=self.nl)

    def translation_of(self, page, code):
        return (
            page.specific_class.objects.filter(
                translation_key=page.translation_key, locale=self.locales[code]
            )
            .only("id", "path", "depth", "url_path", "translation_key", "locale_id")
            .first()
        )

    # -- neighbourhoods ---------------------------------------------------------

    def neighbourhoods(self):
        """All Dutch neighbourhoods, biggest first, each with its register and translations."""
        index = self.dutch(NeighbourhoodIndexPage).get()
        existing = list(self.dutch(NeighbourhoodPage).order_by("path"))
        # The demo's translated neighbourhood (zuidwest) is the biggest: the
        # benchmark reads its register, and its translations show the fallbacks.
        existing.sort(key=lambda n: self.translation_of(n, "en") is None)
        missing = max(0, self.sizes.neighbourhoods - len(existing))
        self.progress.start("neighbourhoods", missing)
        new, registers, contacts = [], [], []
        translations = {code: [] for code in TRANSLATION_LANGUAGES}
        translated_registers = {code: [] for code in TRANSLATION_LANGUAGES}
        parents = {
            code: self.dutch_index_translation(index, code) for code in TRANSLATION_LANGUAGES
        }
        for k in range(1, missing + 1):
            place = (f"Wijk {k}", f"District {k}", f"الحي {k}")
            neighbourhood = self.placer.place(
                NeighbourhoodPage(
                    title=place[0],
                    slug=f"wijk-{k}",
                    locale=self.nl,
                    cbs_code=f"WK9{k:05d}",
                    intro=texts.fill(texts.NEIGHBOURHOOD_INTRO, "nl", place),
                ),
                index,
                published_at=self.moment(900),
            )
            register = self.placer.place(
                self.register_page("nl", neighbourhood),
                neighbourhood,
                published_at=self.moment(900),
            )
            new.append(neighbourhood)
            registers.append(register)
            if k % TRANSLATED_NEIGHBOURHOOD_EVERY == 1:
                for code in TRANSLATION_LANGUAGES:
                    copy = self.placer.place(
                        NeighbourhoodPage(
                            title=texts.fill(("{p}",) * 3, code, place),
                            slug=neighbourhood.slug,
                            locale=self.locales[code],
                            translation_key=neighbourhood.translation_key,
                            cbs_code=neighbourhood.cbs_code,
                            intro=texts.fill(texts.NEIGHBOURHOOD_INTRO, code, place),
                        ),
                        parents[code],
                        published_at=neighbourhood.first_published_at,
                    )
                    translations[code].append(copy)
                    translated_registers[code].append(
                        self.placer.place(
                            self.register_page(code, copy, register.translation_key),
                            copy,
                            published_at=register.first_published_at,
                        )
                    )
            self.progress.step()
        insert_pages(NeighbourhoodPage, new)
        insert_pages(IdeaIndexPage, registers)
        for code in TRANSLATION_LANGUAGES:
            insert_pages(NeighbourhoodPage, translations[code])
            insert_pages(IdeaIndexPage, translated_registers[code])
            self.report.count(f"translated pages ({code})", 2 * len(translations[code]))
        for neighbourhood in new:
            for order in range(2):
                contacts.append(
                    ContactPerson(
                        neighbourhood_id=neighbourhood.id,
                        sort_order=order,
                        name=f"Contactpersoon {neighbourhood.title} {order + 1}",
                        role="Wijkverbinder" if order == 0 else "Sleutelpersoon",
                        where_and_when="Dinsdagochtend in het buurthuis",
                        phone="14 030",
                    )
                )
        ContactPerson.objects.bulk_create(contacts)
        self.report.count("neighbourhoods", len(new))
        self.report.count("registers", len(registers))
        self.progress.done()
        return existing + new

    def dutch_index_translation(self, index, code):
        return self.translation_of(index, code)

    def register_page(self, code, neighbourhood, translation_key=None):
        def pick(pair):
            if code == "ar":
                return ARABIC.get(" ".join(pair.nl.split()), pair.nl)
            return pair.nl if code == "nl" else pair.en

        return IdeaIndexPage(
            title=pick(REGISTER_TITLE),
            slug="ideeen" if code != "en" else "ideas-and-answers",
            locale=self.locales[code],
            translation_key=translation_key or uuid.uuid4(),
            intro="".join(f"<p>{pick(p)}</p>" for p in REGISTER_INTRO),
        )

    def is_translated(self, neighbourhood):
        return self.translation_of(neighbourhood, TRANSLATION_LANGUAGES[0]) is not None

    def moment(self, max_days_ago):
        day = self.today - datetime.timedelta(days=self.rng.randrange(max_days_ago))
        return noon(day)

    # -- news and meetings ------------------------------------------------------

    def news_and_events(self, neighbourhoods):
        existing = self.dutch(NeighbourhoodUpdatePage).count() + self.dutch(EventPage).count()
        missing = max(0, self.sizes.news_and_events - existing)
        self.progress.start("news and meetings", missing)
        pages = {NeighbourhoodUpdatePage: [], EventPage: []}
        copies = {NeighbourhoodUpdatePage: [], EventPage: []}
        translated_parents = {
            n.pk: {code: self.translation_of(n, code) for code in TRANSLATION_LANGUAGES}
            for n in neighbourhoods
            if self.is_translated(n)
        }
        for k in range(missing):
            neighbourhood = neighbourhoods[k % len(neighbourhoods)]
            place = texts.pick(self.rng, texts.PLACES)
            model = NeighbourhoodUpdatePage if k % 2 == 0 else EventPage
            recipe = {
                "place": place,
                "days": self.rng.randrange(1, 400),
                "number": k,
                "published_at": self.moment(400),
            }
            page = self.news_or_event(model, "nl", recipe)
            self.placer.place(page, neighbourhood, published_at=recipe["published_at"])
            pages[model].append(page)
            parents = translated_parents.get(neighbourhood.pk)
            if parents and self.rng.random() < TRANSLATED_SHARE:
                for code, parent in parents.items():
                    copy = self.news_or_event(model, code, recipe)
                    copy.translation_key = page.translation_key
                    self.placer.place(copy, parent, published_at=recipe["published_at"])
                    copies[model].append(copy)
            self.progress.step()
        for model in pages:
            insert_pages(model, pages[model])
            insert_pages(model, copies[model])
            self.report.count(LABELS[model], len(pages[model]))
            self.report.count("translated pages (news and meetings)", len(copies[model]))
        self.progress.done()

    def news_or_event(self, model, code, recipe):
        place, number = recipe["place"], recipe["number"]
        slug_source = texts.fill(
            texts.NEWS if model is NeighbourhoodUpdatePage else texts.EVENT,
            "nl" if code == "ar" else code,
            place,
        )
        common = {
            "slug": f"{slugify(slug_source)}-{number}",
            "locale": self.locales[code],
        }
        if model is NeighbourhoodUpdatePage:
            return NeighbourhoodUpdatePage(
                title=texts.fill(texts.NEWS, code, place),
                date=self.today - datetime.timedelta(days=recipe["days"]),
                summary=texts.fill(texts.SUMMARY, code, place)[:300],
                body=[
                    {
                        "type": "text",
                        "value": {"heading": "", "text": texts.fill(texts.NEWS_BODY, code, place)},
                    }
                ],
                **common,
            )
        # Half the meetings are still to come.
        offset = recipe["days"] - 200
        start = timezone.make_aware(
            datetime.datetime.combine(
                self.today + datetime.timedelta(days=offset), datetime.time(19, 0)
            )
        )
        return EventPage(
            title=texts.fill(texts.EVENT, code, place),
            event_type=EventPage.EventType.MEETING,
            start=start,
            end=start + datetime.timedelta(hours=2),
            location_name="Buurthuis",
            address="Kanaalstraat 1, Utrecht",
            languages=["nl", "ar"],
            description=texts.fill(texts.EVENT_BODY, code, place),
            **common,
        )

    # -- ideas ----------------------------------------------------------------

    def ideas(self, neighbourhoods):
        existing_ideas = self.dutch(IdeaPage).count()
        existing_updates = FeedbackUpdate.objects.filter(idea__locale=self.nl).count()
        missing = max(0, self.sizes.ideas - existing_ideas)
        missing_updates = max(0, self.sizes.feedback_updates - existing_updates)
        counts = update_counts(self.rng, missing, missing_updates)
        per_neighbourhood = zipf_split(missing, len(neighbourhoods))
        self.progress.start("ideas", missing)
        offset = 0
        for neighbourhood, n in zip(neighbourhoods, per_neighbourhood, strict=True):
            register = IdeaIndexPage.objects.child_of(neighbourhood).get()
            parents = None
            if self.is_translated(neighbourhood):
                parents = {
                    code: self.translation_of(register, code) for code in TRANSLATION_LANGUAGES
                }
            for start in range(0, n, 1000):
                size = min(1000, n - start)
                self.idea_batch(register, parents, counts[offset : offset + size])
                offset += size
        self.progress.done()

    def idea_batch(self, register, translated_parents, update_counts_):
        # Merged ideas point at an earlier idea of the same register; this batch
        # and the ideas already there are candidates.
        earlier = list(IdeaPage.objects.child_of(register).values_list("pk", flat=True)[:500])
        recipes, ideas = [], []
        for n in update_counts_:
            recipe = self.idea_recipe(n, may_merge=bool(earlier or recipes))
            recipes.append(recipe)
            idea = self.idea_page("nl", recipe)
            self.placer.place(idea, register, published_at=noon(recipe["received_on"]))
            idea.register_key = register.translation_key  # what IdeaPage.save would set
            ideas.append(idea)
        self._insert_with_updates(recipes, ideas, earlier, "nl")
        self.report.count("ideas", len(ideas))
        if translated_parents:
            for code, parent in translated_parents.items():
                chosen = [
                    (recipe, idea)
                    for recipe, idea in zip(recipes, ideas, strict=True)
                    if recipe["translate"]
                ]
                copies = []
                for recipe, idea in chosen:
                    copy = self.idea_page(code, recipe)
                    copy.translation_key = idea.translation_key
                    copy.register_key = parent.translation_key
                    self.placer.place(copy, parent, published_at=idea.first_published_at)
                    copies.append(copy)
                self._insert_with_updates([r for r, _ in chosen], copies, earlier, code)
                self.report.count(f"translated pages ({code})", len(copies))
        self.progress.step(len(ideas))

    def _insert_with_updates(self, recipes, ideas, earlier, code):
        # Page rows first: a merged idea's update needs the id of the idea it
        # points at, and the stored status needs the updates.
        insert_page_rows(ideas)
        updates = []
        candidates = list(earlier)
        for recipe, idea in zip(recipes, ideas, strict=True):
            idea_updates = self.feedback_updates(code, recipe, candidates)
            # The in-memory child list is what refresh_status reads, exactly as
            # when an editor saves the idea with its inline updates.
            idea.updates = idea_updates
            idea.refresh_status()
            for update in idea_updates:
                update.idea_id = idea.id
                update.register_key = idea.register_key  # what FeedbackUpdate.save would set
            updates.extend(idea_updates)
            if code == "nl":
                candidates.append(idea.id)
        insert_specific_rows(IdeaPage, ideas)
        FeedbackUpdate.objects.bulk_create(updates, batch_size=BATCH)
        self.report.count(
            "feedback updates" if code == "nl" else f"translated feedback updates ({code})",
            len(updates),
        )

    def idea_recipe(self, n, may_merge):
        received = self.today - datetime.timedelta(days=self.rng.randrange(30, 1100))
        statuses = status_path(self.rng, n, may_merge)
        dates, day = [], received
        for _ in statuses:
            day = min(self.today, day + datetime.timedelta(days=self.rng.randrange(3, 60)))
            dates.append(day)
        return {
            "number": self.rng.randrange(10**9),
            "template": texts.pick(self.rng, texts.IDEAS),
            "place": texts.pick(self.rng, texts.PLACES),
            "theme": self.rng.choice(self.themes),
            "source": self.rng.choice(Source.values),
            "received_on": received,
            "answers": [
                {
                    "status": status,
                    "date": date,
                    "reason_code": self.rng.choice(self.reasons)
                    if status in NEEDS_REASON
                    else None,
                    "revisit_on": date + datetime.timedelta(days=self.rng.randrange(60, 300))
                    if status == Status.ON_HOLD
                    else None,
                    "merge_pick": self.rng.random(),
                }
                for status, date in zip(statuses, dates, strict=True)
            ],
            "translate": self.rng.random() < TRANSLATED_SHARE,
        }

    def idea_page(self, code, recipe):
        title = texts.fill(recipe["template"], code, recipe["place"])
        slug_title = texts.fill(recipe["template"], "nl" if code == "ar" else code, recipe["place"])
        return IdeaPage(
            title=title,
            slug=f"{slugify(slug_title)}-{recipe['number']}",
            locale=self.locales[code],
            summary=texts.fill(texts.SUMMARY, code, recipe["place"]),
            theme_id=recipe["theme"],
            source=recipe["source"],
            received_on=recipe["received_on"],
        )

    def feedback_updates(self, code, recipe, candidates):
        updates = []
        for order, answer in enumerate(recipe["answers"]):
            status = answer["status"]
            updates.append(
                FeedbackUpdate(
                    sort_order=order,
                    date=answer["date"],
                    status=status,
                    message=texts.fill(texts.MESSAGES[status], code, recipe["place"]),
                    reason_code_id=answer["reason_code"],
                    reason=texts.fill(texts.REASON, code, recipe["place"])
                    if status in NEEDS_REASON
                    else "",
                    referred_to="Stichting Buurtwerk, 030 123 45 67"
                    if status == Status.REFERRED
                    else "",
                    revisit_on=answer["revisit_on"],
                    merged_into_id=self.merge_target(code, answer, candidates)
                    if status == Status.MERGED
                    else None,
                )
            )
        return updates

    @staticmethod
    def merge_target(code, answer, candidates):
        # Translations point at the same idea as their Dutch original.
        if code == "nl":
            answer["merged_into"] = candidates[int(answer["merge_pick"] * len(candidates))]
        return answer["merged_into"]

    # -- good practices ---------------------------------------------------------

    def good_practices(self):
        index = self.dutch(GoodPracticeIndexPage).get()
        english_index = self.translation_of(index, "en")
        missing = max(0, self.sizes.good_practices - self.dutch(GoodPracticePage).count())
        self.progress.start("good practices", missing)
        municipalities = list(Municipality.objects.values_list("pk", flat=True))
        tags = {
            "themes": self.themes,
            "target_groups": list(TargetGroup.objects.values_list("pk", flat=True)),
            "methods": list(Method.objects.values_list("pk", flat=True)),
            "elements": list(ParticipationElement.objects.values_list("pk", flat=True)),
        }
        practices, copies, chosen_tags = [], [], []
        for k in range(missing):
            place = texts.pick(self.rng, texts.PLACES)
            recipe = {"place": place, "number": k, "municipality": self.rng.choice(municipalities)}
            practice = self.practice_page("nl", recipe)
            self.placer.place(practice, index, published_at=self.moment(1500))
            practices.append(practice)
            chosen_tags.append(
                {name: self.rng.sample(pks, self.rng.randint(1, 3)) for name, pks in tags.items()}
            )
            if english_index is not None and self.rng.random() < TRANSLATED_SHARE:
                copy = self.practice_page("en", recipe)
                copy.translation_key = practice.translation_key
                self.placer.place(copy, english_index, published_at=practice.first_published_at)
                copies.append((copy, chosen_tags[-1]))
            self.progress.step()
        insert_pages(GoodPracticePage, practices)
        insert_pages(GoodPracticePage, [copy for copy, _ in copies])
        pairs = list(zip(practices, chosen_tags, strict=True)) + copies
        for name in tags:
            relation = GoodPracticePage._meta.get_field(name)
            through = relation.remote_field.through
            source, target = relation.m2m_field_name(), relation.m2m_reverse_field_name()
            through.objects.bulk_create(
                [
                    through(**{f"{source}_id": page.id, f"{target}_id": pk})
                    for page, chosen in pairs
                    for pk in chosen[name]
                ],
                batch_size=BATCH_M2M,
            )
        self.report.count("good practices", len(practices))
        self.report.count("translated pages (en)", len(copies))
        self.progress.done()

    def practice_page(self, code, recipe):
        place = recipe["place"]
        title = texts.fill(texts.PRACTICE, code, place)
        return GoodPracticePage(
            title=f"{title} ({recipe['number'] + 1})",
            slug=f"{slugify(texts.fill(texts.PRACTICE, code, place))}-{recipe['number'] + 1}",
            locale=self.locales[code],
            municipality_id=recipe["municipality"],
            summary=texts.fill(texts.PRACTICE_SUMMARY, code, place)[:300],
            body=[
                {
                    "type": "text",
                    "value": {
                        "heading": "",
                        "text": f"<p>{texts.fill(texts.PRACTICE_BODY, code, place)}</p>",
                    },
                }
            ],
        )


BATCH_M2M = 2000


def counts_by_locale(model):
    return dict(model.objects.values_list("locale__language_code").annotate(n=Count("pk")))


LABELS = {NeighbourhoodUpdatePage: "news items", EventPage: "meetings"}
