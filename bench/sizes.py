"""How much content a scale factor means.

20x is a city: 40 neighbourhoods, 20,000 ideas with 60,000 feedback updates,
2,000 news items and meetings, 300 good practices. 1x is a twentieth of that,
a town. The figures are totals of Dutch pages, the demo content included, so
the generator adds only what the demo does not already have.
"""

from dataclasses import dataclass

CITY = {
    "neighbourhoods": 40,
    "ideas": 20_000,
    "feedback_updates": 60_000,
    "news_and_events": 2_000,
    "good_practices": 300,
}
CITY_SCALE = 20

# Share of the pages that get English and Arabic copies, as an editor using
# wagtail-localize would make them: every fifth neighbourhood with its register,
# and a fifth of the ideas and news in those neighbourhoods.
TRANSLATED_NEIGHBOURHOOD_EVERY = 5
TRANSLATED_SHARE = 0.2
TRANSLATION_LANGUAGES = ("en", "ar")


@dataclass(frozen=True)
class Sizes:
    neighbourhoods: int
    ideas: int
    feedback_updates: int
    news_and_events: int
    good_practices: int

    @classmethod
    def for_scale(cls, scale):
        if scale <= 0:
            raise ValueError(f"The scale factor must be positive, not {scale}.")
        factor = scale / CITY_SCALE
        return cls(**{name: max(1, round(total * factor)) for name, total in CITY.items()})
