"""The social map. Included inside the language prefixes, before Wagtail's pages.

The form comes before ``<slug>``: "aanmelden" is reserved and never an
organisation's address (``models.RESERVED_SLUGS``).
"""

from django.urls import path

from . import views

urlpatterns = [
    path("sociale-kaart/", views.overview, name="socialmap_overview"),
    path("sociale-kaart/aanmelden/", views.submit_organisation, name="socialmap_submit"),
    path(
        "sociale-kaart/aanmelden/bedankt/",
        views.submission_received,
        name="socialmap_submit_received",
    ),
    path("sociale-kaart/<slug:slug>/", views.organisation_detail, name="socialmap_organisation"),
    path(
        "sociale-kaart/<slug:slug>/wijzigen/",
        views.update_organisation,
        name="socialmap_update",
    ),
]
