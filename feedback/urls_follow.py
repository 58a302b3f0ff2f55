"""Following ideas and neighbourhoods by e-mail, and rating answers.

Dutch addresses in every language (/volgen/ and /en/volgen/): the links in
e-mails carry the resident's language prefix and must keep working.
"""

from django.urls import path

from . import follow

urlpatterns = [
    path("volgen/", follow.follow, name="feedback_follow"),
    path("volgen/verstuurd/", follow.follow_sent, name="feedback_follow_sent"),
    path("volgen/bevestigen/<slug:token>/", follow.confirm, name="feedback_follow_confirm"),
    path("afmelden/<slug:token>/", follow.unsubscribe, name="feedback_unsubscribe"),
    path(
        "afmelden/<slug:token>/direct/",
        follow.unsubscribe_one_click,
        name="feedback_unsubscribe_one_click",
    ),
    path(
        "antwoord/<int:update_id>/duidelijk/",
        follow.answer_vote,
        name="feedback_answer_vote",
    ),
]
