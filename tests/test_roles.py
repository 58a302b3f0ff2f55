"""The staff roles exist, cover every neighbourhood in every language, and stay in step.

The admin routes themselves are tested in test_roles_admin.py.
"""

import io

from django.contrib.auth.models import Group, Permission
from django.core.management import call_command

from wagtail.models import GroupApprovalTask, GroupPagePermission, Locale, WorkflowPage

import pytest

from feedback.models import IdeaIndexPage, IdeaPage
from feedback.queries import register_of
from pages.models import NeighbourhoodIndexPage, NeighbourhoodPage
from roles.models import NeighbourhoodTeam
from roles.sync import BEHEERDERS, COMMUNICATIE, MODERATOREN, sync_roles

from .factories import IdeaIndexPageFactory, IdeaPageFactory, NeighbourhoodPageFactory

pytestmark = pytest.mark.django_db


def page_permissions(group_name, page):
    return set(
        GroupPagePermission.objects.filter(group__name=group_name, page=page).values_list(
            "permission__codename", flat=True
        )
    )


@pytest.fixture
def neighbourhood_index(home):
    return NeighbourhoodIndexPage.objects.get(locale=home.locale)


@pytest.fixture
def staff(django_user_model):
    def make(*group_names):
        user = django_user_model.objects.create_user(
            username=f"medewerker{django_user_model.objects.count()}"
        )
        user.groups.set(Group.objects.filter(name__in=group_names))
        return user

    return make


def test_the_fixed_roles_exist_with_dutch_names(db):
    names = set(Group.objects.values_list("name", flat=True))
    assert {BEHEERDERS, COMMUNICATIE, MODERATOREN} <= names
    # Wagtail's starter groups are replaced, not kept next to the roles.
    assert not {"Editors", "Moderators"} & names


def test_every_demo_neighbourhood_has_its_team(db):
    for neighbourhood in NeighbourhoodPage.objects.filter(locale__language_code="nl"):
        group = Group.objects.get(name=f"Wijkteam {neighbourhood.title}")
        assert group.neighbourhood_team.translation_key == neighbourhood.translation_key


def test_a_team_may_edit_its_neighbourhood_in_every_language(db):
    team = Group.objects.get(name="Wijkteam Zuidwest")
    translations = NeighbourhoodPage.objects.filter(
        translation_key=team.neighbourhood_team.translation_key
    )
    assert {p.locale.language_code for p in translations} >= {"nl", "en", "ar"}
    for page in translations:
        assert {"add_page", "change_page", "publish_page"} <= page_permissions(team.name, page)


def test_communications_may_publish_under_every_neighbourhood_in_every_language(db):
    for page in NeighbourhoodPage.objects.all():
        assert page_permissions(COMMUNICATIE, page) == {"add_page", "change_page", "publish_page"}


def test_communications_holds_no_feedback_permission(db):
    group = Group.objects.get(name=COMMUNICATIE)
    assert not group.permissions.filter(codename="change_ideapage").exists()


def test_administrators_hold_every_permission_and_the_whole_tree(db):
    group = Group.objects.get(name=BEHEERDERS)
    assert group.permissions.count() == Permission.objects.count()
    root_permissions = GroupPagePermission.objects.filter(group=group, page__depth=1)
    assert "bulk_delete_page" in root_permissions.values_list("permission__codename", flat=True)


def test_moderators_approve_in_a_workflow_that_covers_the_registers(db):
    moderatoren = Group.objects.get(name=MODERATOREN)
    task = GroupApprovalTask.objects.get(groups=moderatoren)
    assert task.active
    register = IdeaIndexPage.objects.filter(locale__language_code="nl").first()
    workflow = register.get_workflow()
    assert workflow is not None and workflow.tasks.filter(pk=task.pk).exists()
    assert WorkflowPage.objects.filter(workflow=workflow).exists()
    assert page_permissions(MODERATOREN, register) == {"publish_page"}


def test_sync_roles_twice_adds_nothing_the_second_time(db):
    sync_roles()
    assert +sync_roles() == {}


def test_sync_roles_command_says_what_it_added(db):
    GroupPagePermission.objects.filter(group__name=COMMUNICATIE).delete()
    out = io.StringIO()
    call_command("sync_roles", stdout=out)
    assert "page permissions" in out.getvalue()
    out = io.StringIO()
    call_command("sync_roles", stdout=out)
    assert out.getvalue().strip() == "Roles: nothing to add."


def test_a_new_neighbourhood_gets_its_team_at_once(neighbourhood_index):
    neighbourhood = NeighbourhoodPageFactory(parent=neighbourhood_index, title="Leidsche Rijn")
    team = NeighbourhoodTeam.objects.get(translation_key=neighbourhood.translation_key)
    assert team.group.name == "Wijkteam Leidsche Rijn"
    assert "change_page" in page_permissions(team.group.name, neighbourhood)
    assert "publish_page" in page_permissions(COMMUNICATIE, neighbourhood)


def test_a_new_translation_of_a_neighbourhood_joins_its_team(neighbourhood_index):
    neighbourhood = NeighbourhoodPageFactory(parent=neighbourhood_index, title="Vleuten")
    turkish = Locale.objects.get(language_code="tr")
    translation = neighbourhood.copy_for_translation(turkish, copy_parents=True)
    assert "change_page" in page_permissions("Wijkteam Vleuten", translation)
    assert "publish_page" in page_permissions(COMMUNICATIE, translation)


def test_a_new_register_lets_the_moderators_publish_there(neighbourhood_index):
    neighbourhood = NeighbourhoodPageFactory(parent=neighbourhood_index)
    register = IdeaIndexPageFactory(parent=neighbourhood)
    assert page_permissions(MODERATOREN, register) == {"publish_page"}


def test_a_renamed_neighbourhood_renames_its_team_and_keeps_its_members(neighbourhood_index, staff):
    neighbourhood = NeighbourhoodPageFactory(parent=neighbourhood_index, title="De Meern")
    member = staff("Wijkteam De Meern")
    neighbourhood.title = "De Meern en Vleuten"
    neighbourhood.save_revision().publish()
    group = NeighbourhoodTeam.objects.get(translation_key=neighbourhood.translation_key).group
    assert group.name == "Wijkteam De Meern en Vleuten"
    assert member.groups.filter(pk=group.pk).exists()


def test_an_existing_group_with_the_team_name_is_taken_over(neighbourhood_index):
    group = Group.objects.create(name="Wijkteam Haarzuilens")
    neighbourhood = NeighbourhoodPageFactory(parent=neighbourhood_index, title="Haarzuilens")
    assert (
        NeighbourhoodTeam.objects.get(translation_key=neighbourhood.translation_key).group == group
    )


def test_two_neighbourhoods_with_the_same_name_get_two_teams(neighbourhood_index):
    first = NeighbourhoodPageFactory(parent=neighbourhood_index, title="Centrum")
    second = NeighbourhoodPageFactory(parent=neighbourhood_index, title="Centrum")
    names = {
        NeighbourhoodTeam.objects.get(translation_key=page.translation_key).group.name
        for page in (first, second)
    }
    assert names == {"Wijkteam Centrum", "Wijkteam Centrum (2)"}


# --- The permission testers behind every admin route ---------------------------------


def test_communications_may_publish_news_but_not_ideas(staff, neighbourhood):
    user = staff(COMMUNICATIE)
    idea = IdeaPageFactory(parent=register_of(neighbourhood))
    assert neighbourhood.permissions_for_user(user).can_publish_subpage()
    tester = idea.permissions_for_user(user)
    assert not any(
        [tester.can_edit(), tester.can_publish(), tester.can_delete(), tester.can_move()]
    )
    assert not register_of(neighbourhood).permissions_for_user(user).can_add_subpage()


def test_plain_page_objects_get_the_feedback_rule_too(staff, neighbourhood):
    # Bulk actions and the explorer work on Page objects, not IdeaPage ones.
    user = staff(COMMUNICATIE)
    idea = IdeaPageFactory(parent=register_of(neighbourhood))
    page = IdeaPage.objects.get(pk=idea.pk).page_ptr
    assert not page.permissions_for_user(user).can_edit()


def test_a_member_of_communications_and_a_team_changes_only_that_teams_ideas(staff, home):
    zuidwest = NeighbourhoodPage.objects.get(locale=home.locale, slug="zuidwest")
    overvecht = NeighbourhoodPage.objects.get(locale=home.locale, slug="overvecht")
    user = staff(COMMUNICATIE, "Wijkteam Zuidwest")
    own = IdeaPageFactory(parent=register_of(zuidwest))
    other = IdeaPageFactory(parent=register_of(overvecht))
    assert own.permissions_for_user(user).can_publish()
    assert not other.permissions_for_user(user).can_edit()
