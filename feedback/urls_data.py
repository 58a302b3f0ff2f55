"""Filled in by the data part of the feedback register."""

urlpatterns = []
