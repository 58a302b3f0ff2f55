"""The rules of the feedback register hold in the model, the forms and the database."""

import datetime

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.test import override_settings

import pytest

from feedback.models import FeedbackUpdate
from feedback.status import Status
from pages.models import NeighbourhoodPage

from .factories import IdeaIndexPageFactory, IdeaPageFactory, reason

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2026, 3, 10)


@pytest.fixture
def register(home):
    neighbourhood = NeighbourhoodPage.objects.filter(locale=home.locale).first()
    return IdeaIndexPageFactory(parent=neighbourhood)


@pytest.fixture
def idea(register):
    return IdeaPageFactory(parent=register, received_on=TODAY - datetime.timedelta(days=30))


def update(idea, **values):
    values.setdefault("date", TODAY)
    values.setdefault("message", "We hebben gekeken.")
    return FeedbackUpdate(idea=idea, **values)


def save_directly(instance):
    """Save through the ORM, skipping every form and model validation."""
    with transaction.atomic():
        instance.save()


@pytest.mark.parametrize("status", [Status.NOT_DOING, Status.ON_HOLD, Status.REFERRED])
def test_database_refuses_closing_without_a_reason(idea, status):
    with pytest.raises(IntegrityError):
        save_directly(update(idea, status=status, referred_to="X", revisit_on=TODAY))


def test_database_refuses_a_reason_code_without_explanation(idea):
    with pytest.raises(IntegrityError):
        save_directly(update(idea, status=Status.NOT_DOING, reason_code=reason(), reason=""))


def test_database_refuses_referral_without_organisation(idea):
    with pytest.raises(IntegrityError):
        save_directly(
            update(idea, status=Status.REFERRED, reason_code=reason(), reason="Zo is het.")
        )


def test_database_refuses_on_hold_without_date_to_look_again(idea):
    with pytest.raises(IntegrityError):
        save_directly(update(idea, status=Status.ON_HOLD, reason_code=reason(), reason="Later."))


def test_database_refuses_merged_without_the_other_idea(idea):
    with pytest.raises(IntegrityError):
        save_directly(update(idea, status=Status.MERGED))


def test_database_refuses_an_empty_message(idea):
    with pytest.raises(IntegrityError):
        save_directly(update(idea, status=Status.UNDER_REVIEW, message=""))


def test_database_accepts_not_doing_with_reason(idea):
    save_directly(
        update(idea, status=Status.NOT_DOING, reason_code=reason(), reason="Er is geen geld.")
    )
    assert FeedbackUpdate.objects.filter(idea=idea).count() == 1


def test_model_validation_names_each_missing_field_for_editors(idea):
    with pytest.raises(ValidationError) as error:
        update(idea, status=Status.REFERRED).full_clean()
    assert set(error.value.message_dict) >= {"reason_code", "reason", "referred_to"}
    with pytest.raises(ValidationError) as error:
        update(idea, status=Status.ON_HOLD, reason_code=reason(), reason="Later.").full_clean()
    assert "revisit_on" in error.value.message_dict


def test_an_idea_cannot_be_merged_into_itself(idea):
    with pytest.raises(ValidationError) as error:
        update(idea, status=Status.MERGED, merged_into=idea).full_clean()
    assert "merged_into" in error.value.message_dict


def test_status_follows_the_latest_update(register):
    idea = IdeaPageFactory(
        parent=register,
        received_on=TODAY - datetime.timedelta(days=40),
        updates=[
            {"date": TODAY - datetime.timedelta(days=35), "status": "under_review", "message": "a"},
            {"date": TODAY - datetime.timedelta(days=10), "status": "planned", "message": "b"},
        ],
    )
    idea.refresh_from_db()
    assert idea.status == Status.PLANNED
    assert idea.first_answer_on == TODAY - datetime.timedelta(days=35)
    assert idea.days_to_first_answer == 5
    assert idea.status_since == TODAY - datetime.timedelta(days=10)


@override_settings(FEEDBACK_FIRST_ANSWER_DAYS=21, FEEDBACK_FOLLOW_UP_DAYS=42)
def test_first_answer_is_overdue_only_after_the_promised_days(register):
    received = TODAY - datetime.timedelta(days=21)
    idea = IdeaPageFactory(parent=register, received_on=received)
    assert idea.answer_due_on == TODAY
    assert not idea.is_overdue(today=TODAY)
    assert idea.is_overdue(today=TODAY + datetime.timedelta(days=1))


@override_settings(FEEDBACK_FIRST_ANSWER_DAYS=21, FEEDBACK_FOLLOW_UP_DAYS=42)
def test_open_idea_needs_a_new_answer_every_follow_up_period(register):
    idea = IdeaPageFactory(
        parent=register,
        received_on=TODAY - datetime.timedelta(days=60),
        updates=[
            {"date": TODAY - datetime.timedelta(days=42), "status": "in_progress", "message": "x"}
        ],
    )
    assert idea.answer_due_on == TODAY
    assert not idea.is_overdue(today=TODAY)
    assert idea.is_overdue(today=TODAY + datetime.timedelta(days=1))


def test_closed_ideas_are_never_overdue(register):
    idea = IdeaPageFactory(
        parent=register,
        received_on=TODAY - datetime.timedelta(days=400),
        updates=[
            {
                "date": TODAY - datetime.timedelta(days=390),
                "status": "not_doing",
                "message": "Dit doen we niet.",
                "reason_code": reason(),
                "reason": "Er is geen geld.",
            }
        ],
    )
    assert idea.answer_due_on is None
    assert not idea.is_overdue(today=TODAY)


def test_on_hold_is_due_again_on_the_promised_date(register):
    idea = IdeaPageFactory(
        parent=register,
        received_on=TODAY - datetime.timedelta(days=100),
        updates=[
            {
                "date": TODAY - datetime.timedelta(days=90),
                "status": "on_hold",
                "message": "Nu even niet.",
                "reason_code": reason("postponed"),
                "reason": "Eerst de begroting.",
                "revisit_on": TODAY - datetime.timedelta(days=1),
            }
        ],
    )
    assert idea.answer_due_on == TODAY - datetime.timedelta(days=1)
    assert idea.is_overdue(today=TODAY)


def test_deadlines_follow_a_changed_promise_after_the_refresh_command(register, settings):
    import io

    from django.core.management import call_command

    idea = IdeaPageFactory(parent=register, received_on=TODAY)
    assert idea.answer_due_on == TODAY + datetime.timedelta(days=21)
    settings.FEEDBACK_FIRST_ANSWER_DAYS = 14
    output = io.StringIO()
    call_command("refresh_feedback_deadlines", stdout=output)
    idea.refresh_from_db()
    assert idea.answer_due_on == TODAY + datetime.timedelta(days=14)
    assert "idea(s) updated" in output.getvalue()


def test_status_labels_are_the_choices_in_the_visitors_language():
    from django.utils import translation

    from feedback.models import FeedbackUpdate, IdeaPage
    from feedback.status import Status

    for model in (IdeaPage, FeedbackUpdate):
        for status in Status:
            for language in ("nl", "en"):
                with translation.override(language):
                    shown = model(status=status.value).get_status_display()
                    assert shown == str(status.label)
                    assert isinstance(shown, str)
        assert model(status="unknown").get_status_display() == "unknown"
    with translation.override("nl"):
        assert IdeaPage(status="done").get_status_display() != "Done"
    # Django replaces a get_status_display that is not in the model's own class
    # body by its slow per-call version, without a word.
    from feedback.status import status_display

    assert IdeaPage.get_status_display is FeedbackUpdate.get_status_display is status_display
