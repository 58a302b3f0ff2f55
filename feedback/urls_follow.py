"""Filled in by the follow part of the feedback register."""

urlpatterns = []
