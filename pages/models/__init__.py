"""Page models, one module per page family."""

from .base import BasePage
from .home import HomePage
from .neighbourhoods import (
    ContactPerson,
    EventPage,
    NeighbourhoodIndexPage,
    NeighbourhoodPage,
    NeighbourhoodUpdatePage,
)
from .practices import (
    GoodPracticeChapterLink,
    GoodPracticeIndexPage,
    GoodPracticeLink,
    GoodPracticePage,
)
from .site_settings import SiteSettings
from .standard import StandardPage
from .taxonomy import Method, Municipality, ParticipationElement, TargetGroup, Theme
from .toolkit import ToolkitChapterPage, ToolkitIndexPage

__all__ = [
    "BasePage",
    "ContactPerson",
    "EventPage",
    "GoodPracticeChapterLink",
    "GoodPracticeIndexPage",
    "GoodPracticeLink",
    "GoodPracticePage",
    "HomePage",
    "Method",
    "Municipality",
    "NeighbourhoodIndexPage",
    "NeighbourhoodPage",
    "NeighbourhoodUpdatePage",
    "ParticipationElement",
    "SiteSettings",
    "StandardPage",
    "TargetGroup",
    "Theme",
    "ToolkitChapterPage",
    "ToolkitIndexPage",
]
