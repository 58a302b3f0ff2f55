"""Submitting an idea online. The addresses are Dutch in every language, so
links on printed handouts keep working: /idee-insturen/ and /en/idee-insturen/."""

from django.urls import path

from . import submission

urlpatterns = [
    path("idee-insturen/", submission.submit_idea, name="feedback_submit"),
    path(
        "idee-insturen/verstuurd/",
        submission.submission_received,
        name="feedback_submit_received",
    ),
]
