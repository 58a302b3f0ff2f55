"""Feedback register models."""

from .ideas import FeedbackUpdate, IdeaPage
from .reasons import ReasonCode
from .register import IdeaIndexPage

__all__ = ["FeedbackUpdate", "IdeaIndexPage", "IdeaPage", "ReasonCode"]
