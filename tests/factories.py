"""Factories for pages and taxonomies (wagtail-factories / factory_boy)."""

import datetime

from django.utils import timezone

import factory
import wagtail_factories

from feedback.models import FeedbackUpdate, IdeaIndexPage, IdeaPage, ReasonCode, Subscription
from feedback.status import Source
from pages import models


class ThemeFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Thema {n}")
    slug = factory.Sequence(lambda n: f"thema-{n}")

    class Meta:
        model = models.Theme


class TargetGroupFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Doelgroep {n}")
    slug = factory.Sequence(lambda n: f"doelgroep-{n}")

    class Meta:
        model = models.TargetGroup


class MethodFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Methode {n}")
    slug = factory.Sequence(lambda n: f"methode-{n}")

    class Meta:
        model = models.Method


class MunicipalityFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Gemeente {n}")
    slug = factory.Sequence(lambda n: f"gemeente-{n}")
    province = "Utrecht"

    class Meta:
        model = models.Municipality


class GoodPracticeIndexPageFactory(wagtail_factories.PageFactory):
    title = "Voorbeelden"
    slug = factory.Sequence(lambda n: f"voorbeelden-{n}")

    class Meta:
        model = models.GoodPracticeIndexPage


class GoodPracticePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Voorbeeld {n}")
    slug = factory.Sequence(lambda n: f"voorbeeld-{n}")
    municipality = factory.SubFactory(MunicipalityFactory)
    summary = "Een goed voorbeeld."
    body = factory.LazyFunction(list)

    class Meta:
        model = models.GoodPracticePage
        skip_postgeneration_save = True  # each hook saves what it sets

    @factory.post_generation
    def themes(self, create, extracted, **kwargs):
        if extracted:
            self.themes.set(extracted)
            self.save()

    @factory.post_generation
    def target_groups(self, create, extracted, **kwargs):
        if extracted:
            self.target_groups.set(extracted)
            self.save()

    @factory.post_generation
    def methods(self, create, extracted, **kwargs):
        if extracted:
            self.methods.set(extracted)
            self.save()

    @factory.post_generation
    def elements(self, create, extracted, **kwargs):
        if extracted:
            self.elements.set(extracted)
            self.save()


class NeighbourhoodPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Wijk {n}")
    slug = factory.Sequence(lambda n: f"wijk-{n}")
    cbs_code = factory.Sequence(lambda n: f"WK0999{n % 100:02d}")
    intro = "<p>Een wijk.</p>"

    class Meta:
        model = models.NeighbourhoodPage


class EventPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Bijeenkomst {n}")
    slug = factory.Sequence(lambda n: f"bijeenkomst-{n}")
    # Whole seconds: that is what an editor enters and what iCalendar keeps.
    start = factory.LazyFunction(
        lambda: timezone.now().replace(microsecond=0) + datetime.timedelta(days=7)
    )
    end = factory.LazyAttribute(lambda o: o.start + datetime.timedelta(hours=2))
    location_name = "Buurthuis De Linde"
    address = "Lindelaan 1, 3500 AA Utrecht"
    languages = factory.LazyFunction(lambda: ["nl", "ar"])

    class Meta:
        model = models.EventPage


class IdeaIndexPageFactory(wagtail_factories.PageFactory):
    title = "Ideeën en terugkoppeling"
    slug = factory.Sequence(lambda n: f"ideeen-{n}")

    class Meta:
        model = IdeaIndexPage


class IdeaPageFactory(wagtail_factories.PageFactory):
    """An idea; pass ``updates=[{...}, ...]`` to give it a feedback timeline."""

    title = factory.Sequence(lambda n: f"Idee {n}")
    slug = factory.Sequence(lambda n: f"idee-{n}")
    summary = "Meer bankjes bij de speeltuin."
    theme = factory.SubFactory(ThemeFactory)
    source = Source.MEETING
    received_on = factory.LazyFunction(lambda: timezone.localdate() - datetime.timedelta(days=30))

    class Meta:
        model = IdeaPage
        skip_postgeneration_save = True

    @factory.post_generation
    def updates(self, create, extracted, **kwargs):
        if extracted:
            self.updates = [FeedbackUpdate(**values) for values in extracted]
            self.save()


def reason(code="no-budget"):
    return ReasonCode.objects.get(code=code)


class SubscriptionFactory(factory.django.DjangoModelFactory):
    """A confirmed follower; pass ``idea=`` or ``neighbourhood=``."""

    email = factory.Sequence(lambda n: f"bewoner{n}@example.nl")
    confirmed_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = Subscription
