"""Filled in by the submit part of the feedback register."""

urlpatterns = []
