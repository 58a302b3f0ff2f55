"""Feedback register models."""

from .ideas import FeedbackUpdate, IdeaPage
from .reasons import ReasonCode
from .register import IdeaIndexPage
from .subscriptions import SentNotification, StatusChange, Subscription
from .votes import AnswerVote

__all__ = ["FeedbackUpdate", "IdeaIndexPage", "IdeaPage", "ReasonCode"]
__all__ += ["AnswerVote", "SentNotification", "StatusChange", "Subscription"]
