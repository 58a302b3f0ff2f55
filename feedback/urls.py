"""Public URLs of the feedback register that are not pages: feeds, open data,
following by e-mail and submitting an idea. Included inside the language prefixes."""

from django.urls import include, path

urlpatterns = [
    path("", include("feedback.urls_data")),
    path("", include("feedback.urls_follow")),
    path("", include("feedback.urls_submit")),
]
