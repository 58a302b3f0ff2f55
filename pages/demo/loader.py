"""Builds the Dutch demo site from the data modules in this package.

Idempotent: every object is looked up by a stable key (slug, title) first and
only created when missing, so running the loader twice changes nothing.
English translations go through wagtail-localize: the loader fills its
translation memory from the T pairs and lets it create the translated pages,
exactly as an editor's translation would.
"""

import datetime
import html
from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone
from django.utils.html import escape
from django.utils.text import slugify

from wagtail.models import Locale, Page, Site
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource
from wagtail_localize.strings import StringValue

from feedback.models import FeedbackUpdate, IdeaIndexPage, IdeaPage, ReasonCode

from ..models import (
    ContactPerson,
    EventPage,
    GoodPracticeChapterLink,
    GoodPracticeIndexPage,
    GoodPracticeLink,
    GoodPracticePage,
    HomePage,
    Method,
    Municipality,
    NeighbourhoodIndexPage,
    NeighbourhoodPage,
    NeighbourhoodUpdatePage,
    ParticipationElement,
    SiteSettings,
    StandardPage,
    TargetGroup,
    Theme,
    ToolkitChapterPage,
    ToolkitIndexPage,
)
from . import ideas, practices, site, toolkit
from .images import demo_image
from .text import T

REGISTER_TITLE = T("Ideeën en terugkoppeling", "Ideas and answers")
REGISTER_INTRO = [
    T(
        "Hier zie je alle ideeën die bewoners ons gaven. Bij elk idee staat wat we ermee deden.",
        "Here you see all the ideas residents gave us. Each idea shows what we did with it.",
    ),
    T(
        "Doen we iets niet? Dan leggen we uit waarom. Binnen drie weken hoor je wat we met je "
        "idee doen.",
        "Are we not doing something? Then we explain why. Within three weeks you hear what we "
        "do with your idea.",
    ),
]


def _key(text):
    return " ".join(html.unescape(text).split())


@dataclass
class DemoLoader:
    translate_to: tuple = ("en", "ar")
    log: callable = print
    memory: dict = field(default_factory=dict)  # Dutch text -> English text
    created: int = 0
    translatable_pages: list = field(default_factory=list)
    # The neighbourhood whose pages and register are also translated, as an example.
    translated_neighbourhoods: tuple = ("zuidwest",)
    # Arabic covers the resident's path only: home, neighbourhoods, that register.
    arabic_pages: list = field(default_factory=list)

    # -- texts ---------------------------------------------------------------

    def t(self, pair):
        if pair is None:
            return ""
        if not isinstance(pair, T):
            raise TypeError(f"Demo texts must be T pairs, got {pair!r}")
        self.memory[_key(pair.nl)] = pair.en
        return pair.nl

    def rich(self, paragraphs):
        return "".join(f"<p>{escape(self.t(p))}</p>" for p in paragraphs or [])

    def body(self, items):
        stream = []
        for kind, value in items:
            stream.append({"type": kind, "value": self._block_value(kind, value)})
        return stream

    def _block_value(self, kind, v):
        if kind in ("text", "what_is_it"):
            return {"heading": self.t(v.get("heading")), "text": self.rich(v["paragraphs"])}
        if kind == "steps":
            steps = [
                {"title": self.t(s.get("title")), "text": self.t(s["text"])} for s in v["steps"]
            ]
            return {
                "heading": self.t(v["heading"]),
                "intro": self.t(v.get("intro")),
                "steps": steps,
            }
        if kind == "tips":
            return {
                "heading": self.t(v["heading"]),
                "numbered": v.get("numbered", True),
                "tips": [self.t(tip) for tip in v["tips"]],
            }
        if kind == "experience":
            return {"heading": self.t(v["heading"]), "items": [self.t(i) for i in v["items"]]}
        if kind == "quote":
            return {
                "text": self.t(v["text"]),
                "role": v["role"],
                "context": self.t(v.get("context")),
            }
        if kind == "method":
            return {
                "name": self.t(v["name"]),
                "intro": self.rich(v.get("intro")),
                "steps": [
                    {"label": self.t(s["label"]), "text": self.t(s["text"])} for s in v["steps"]
                ],
                "outro": self.rich(v.get("outro")),
            }
        if kind == "callout":
            return {
                "kind": v["kind"],
                "heading": self.t(v["heading"]),
                "text": self.rich(v["text"]),
            }
        raise ValueError(f"Unknown body item kind {kind!r}")

    # -- pages ---------------------------------------------------------------

    def child(self, parent, model, slug, translate=False, **fields):
        """The live child page with this slug, created and published if missing."""
        existing = parent.get_children().filter(slug=slug).specific().first()
        if existing is not None:
            page = existing
        else:
            page = model(slug=slug, **fields)
            parent.add_child(instance=page)
            page.save_revision().publish()
            self.created += 1
        if translate:
            self.translatable_pages.append(page)
        return page

    def home(self):
        default_site = Site.objects.filter(is_default_site=True).first()
        root = Page.get_first_root_node()
        home = HomePage.objects.filter(depth=2, locale=Locale.get_default()).first()
        if home is None:
            home = HomePage(
                title=self.t(site.HOME["title"]),
                slug="meedoen",
                intro=self.rich(site.HOME["intro"]),
                show_in_menus=False,
            )
            root.add_child(instance=home)
            home.save_revision().publish()
            self.created += 1
        else:
            self.t(site.HOME["title"])
            self.rich(site.HOME["intro"])
        if default_site is None:
            default_site = Site.objects.create(
                hostname="localhost", port=80, root_page=home, is_default_site=True
            )
        old_root = default_site.root_page
        if old_root.pk != home.pk:
            default_site.root_page = home
            default_site.site_name = "Meedoen"
            default_site.save()
            # Wagtail's "Welcome to your new Wagtail site!" placeholder has no place here.
            if old_root.specific_class is Page and not old_root.get_children().exists():
                old_root.delete()
        SiteSettings.objects.update_or_create(
            site=default_site,
            defaults={
                "site_name": "Meedoen",
                "municipality_name": f"Gemeente {site.MUNICIPALITY} (voorbeeld)",
                "contact_phone": "14 030",
                "contact_email": "meedoen@example.org",
            },
        )
        self.translatable_pages.append(home)
        self.arabic_pages.append(home)
        return home

    def taxonomies(self):
        for model, rows in (
            (Theme, practices.THEMES),
            (TargetGroup, practices.TARGET_GROUPS),
            (Method, practices.METHODS),
        ):
            for slug, name, description in rows:
                model.objects.get_or_create(
                    slug=slug, defaults={"name": name.nl, "description": description.nl}
                )
        for slug, name, province in practices.MUNICIPALITIES:
            Municipality.objects.get_or_create(
                slug=slug, defaults={"name": name, "province": province}
            )

    def neighbourhoods(self, home):
        index = self.child(
            home,
            NeighbourhoodIndexPage,
            "wijken",
            translate=True,
            title=self.t(site.NEIGHBOURHOOD_INDEX["title"]),
            intro=self.rich(site.NEIGHBOURHOOD_INDEX["intro"]),
            show_in_menus=True,
        )
        self.arabic_pages.append(index)
        today = timezone.localdate()
        self.neighbourhood_pages = {}
        for data in site.NEIGHBOURHOODS:
            title = self.t(data["title"])
            picture = demo_image(
                "neighbourhood",
                data["slug"],
                f"Wijk {title}",
                f"Tekening van huizen en mensen op straat in {title}",
            )
            neighbourhood = self.child(
                index,
                NeighbourhoodPage,
                data["slug"],
                title=title,
                cbs_code=data["cbs_code"],
                intro=self.rich(data["intro"]),
                image=picture,
                translate=data["slug"] in self.translated_neighbourhoods,
            )
            self.neighbourhood_pages[data["slug"]] = neighbourhood
            if data["slug"] in self.translated_neighbourhoods:
                self.arabic_pages.append(neighbourhood)
            if not neighbourhood.contact_people.exists():
                for order, person in enumerate(data["contacts"]):
                    ContactPerson.objects.create(
                        neighbourhood=neighbourhood,
                        sort_order=order,
                        name=person["name"],
                        role=self.t(person["role"]),
                        where_and_when=self.t(person["where_and_when"]),
                        phone=person.get("phone", ""),
                        email=person.get("email", ""),
                        photo=demo_image(
                            "portrait",
                            person["name"],
                            f"Portret {person['name']}",
                            f"Getekend portret van {person['name']}",
                        ),
                    )
                neighbourhood.save_revision().publish()
            for update in data["updates"]:
                self.child(
                    neighbourhood,
                    NeighbourhoodUpdatePage,
                    update["slug"],
                    title=self.t(update["title"]),
                    date=today - datetime.timedelta(days=update["days_ago"]),
                    summary=self.t(update["summary"]),
                    body=self.body([("text", {"heading": None, "paragraphs": update["body"]})]),
                )
            for event in data["events"]:
                start = self._local_datetime(today, event["days_ahead"], event["start_time"])
                self.child(
                    neighbourhood,
                    EventPage,
                    event["slug"],
                    title=self.t(event["title"]),
                    event_type=event["event_type"],
                    start=start,
                    end=start + datetime.timedelta(minutes=event["duration_minutes"]),
                    location_name=event["location_name"],
                    address=event["address"],
                    food_and_drink=self.t(event.get("food_and_drink")),
                    payment=event["payment"],
                    payment_details=self.t(event.get("payment_details")),
                    languages=event["languages"],
                    description=self.rich(event["description"]),
                )
        return index

    @staticmethod
    def _local_datetime(today, days_ahead, clock):
        hour, minute = (int(part) for part in clock.split(":"))
        day = today + datetime.timedelta(days=days_ahead)
        return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, minute)))

    def toolkit(self, home):
        data = toolkit.TOOLKIT_INDEX
        index = self.child(
            home,
            ToolkitIndexPage,
            "toolkit",
            translate=True,
            title=self.t(data["title"]),
            intro=self.rich(data["intro"]),
            about=self.rich(data["about"]),
            show_in_menus=True,
        )
        chapters = {}
        for chapter in toolkit.CHAPTERS:
            chapters[chapter["slug"]] = self.child(
                index,
                ToolkitChapterPage,
                chapter["slug"],
                translate=True,
                title=self.t(chapter["title"]),
                summary=self.t(chapter["summary"]),
                is_extra_tip=chapter["is_extra_tip"],
                body=self.body(chapter["body"]),
            )
        return index, chapters

    def good_practices(self, home, chapters):
        data = practices.GOOD_PRACTICES_INDEX
        index = self.child(
            home,
            GoodPracticeIndexPage,
            "goede-voorbeelden",
            translate=True,
            title=self.t(data["title"]),
            intro=self.rich(data["intro"]),
            show_in_menus=True,
        )
        for item in practices.GOOD_PRACTICES:
            if index.get_children().filter(slug=item["slug"]).exists():
                continue
            practice = GoodPracticePage(
                slug=item["slug"],
                title=self.t(item["title"]),
                municipality=Municipality.objects.get(slug=item["municipality"]),
                summary=self.t(item["summary"]),
                body=self.body(item["body"]),
            )
            practice.themes.set(Theme.objects.filter(slug__in=item["themes"]))
            practice.target_groups.set(TargetGroup.objects.filter(slug__in=item["target_groups"]))
            practice.methods.set(Method.objects.filter(slug__in=item["methods"]))
            practice.elements.set(ParticipationElement.objects.filter(slug__in=item["elements"]))
            practice.chapter_links = [
                GoodPracticeChapterLink(chapter=chapters[slug], sort_order=order)
                for order, slug in enumerate(item["chapters"])
            ]
            practice.external_links = [
                GoodPracticeLink(title=self.t(title), url=url, sort_order=order)
                for order, (title, url) in enumerate(item["links"])
            ]
            index.add_child(instance=practice)
            practice.save_revision().publish()
            self.created += 1
        return index

    def standard_pages(self, home):
        for data in site.STANDARD_PAGES:
            self.child(
                home,
                StandardPage,
                data["slug"],
                translate=True,
                title=self.t(data["title"]),
                body=self.body(data["body"]),
            )

    def feedback_registers(self):
        today = timezone.localdate()
        for slug, items in ideas.IDEAS.items():
            neighbourhood = self.neighbourhood_pages[slug]
            translate = slug in self.translated_neighbourhoods
            register = self.child(
                neighbourhood,
                IdeaIndexPage,
                "ideeen",
                translate=translate,
                title=self.t(REGISTER_TITLE),
                intro=self.rich(REGISTER_INTRO),
            )
            if translate:
                self.arabic_pages.append(register)
            # Ideas that were merged point at another idea: create the targets first.
            ordered = sorted(items, key=lambda item: any(u["merged_into"] for u in item["updates"]))
            created = {page.slug: page for page in IdeaPage.objects.child_of(register)}
            for item in ordered:
                if item["slug"] not in created:
                    created[item["slug"]] = self._idea(register, item, created, today)
                if translate:
                    self.translatable_pages.append(created[item["slug"]])
                    self.arabic_pages.append(created[item["slug"]])

    def _idea(self, register, item, created, today):
        def day(days_ago):
            return today - datetime.timedelta(days=days_ago)

        updates = []
        for order, data in enumerate(item["updates"]):
            revisit = data["revisit_in_days"]
            updates.append(
                FeedbackUpdate(
                    sort_order=order,
                    date=day(data["days_ago"]),
                    status=data["status"],
                    message=self.t(data["message"]),
                    reason_code=(
                        ReasonCode.objects.get(code=data["reason_code"])
                        if data["reason_code"]
                        else None
                    ),
                    reason=self.t(data["reason"]),
                    referred_to=self.t(data["referred_to"]),
                    revisit_on=today + datetime.timedelta(days=revisit)
                    if revisit is not None
                    else None,
                    merged_into=created.get(data["merged_into"]) if data["merged_into"] else None,
                )
            )
        idea = IdeaPage(
            slug=item["slug"],
            title=self.t(item["title"]),
            summary=self.t(item["summary"]),
            theme=Theme.objects.get(slug=item["theme"]),
            source=item["source"],
            received_on=day(item["received_days_ago"]),
            updates=updates,
        )
        register.add_child(instance=idea)
        idea.save_revision().publish()
        self.created += 1
        return idea

    # -- translations --------------------------------------------------------

    def memory_for(self, language_code):
        """Dutch text -> translation, for one language."""
        if language_code == "en":
            return self.memory
        if language_code == "ar":
            from .arabic import AR

            return {_key(dutch): arabic for dutch, arabic in AR.items()}
        raise ValueError(f"No demo translations into {language_code}")

    def pages_for(self, language_code):
        return self.translatable_pages if language_code == "en" else self.arabic_pages

    def translate(self, page, locale, memory):
        """Translate one page through wagtail-localize's translation memory."""
        page = page.specific
        if page.get_translation_or_none(locale) is not None:
            return
        source, created = TranslationSource.get_or_create_from_instance(page)
        if not created:
            source.update_from_db()
        # English gets English slugs; other scripts keep the Dutch slug, which a
        # resident can still read and type.
        if locale.language_code == "en":
            memory[_key(page.slug)] = slugify(memory.get(_key(page.title), "")) or page.slug
        missing = 0
        for segment in StringSegment.objects.filter(source=source).select_related(
            "string", "context"
        ):
            translated = memory.get(_key(segment.string.data))
            if translated is None:
                missing += 1
                continue
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={
                    "data": StringValue.from_plaintext(translated).data,
                    "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                },
            )
        if missing:
            self.log(f"  {page.title}: {missing} text(s) without translation kept in Dutch")
        translation, _created = Translation.objects.get_or_create(
            source=source, target_locale=locale
        )
        translation.save_target(publish=True)
        self.created += 1

    # -- all -----------------------------------------------------------------

    def run(self):
        with transaction.atomic():
            home = self.home()
            self.taxonomies()
            self.neighbourhoods(home)
            _index, chapters = self.toolkit(home)
            self.good_practices(home, chapters)
            self.standard_pages(home)
            self.feedback_registers()
        # Not inside the transaction above: wagtail-localize publishes each
        # translation on commit from the page object it held then, and an
        # outer transaction would make those late saves undo the tree's child
        # counts of pages translated earlier in the same run.
        for code in self.translate_to:
            locale = Locale.objects.get(language_code=code)
            memory = self.memory_for(code)
            for page in self.pages_for(code):
                self.translate(page, locale, memory)
        # The social map needs the neighbourhoods and themes made above.
        from socialmap import demo as social_map_demo

        self.created += social_map_demo.load(log=self.log)
        return self.created
