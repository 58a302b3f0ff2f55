"""The site works with the keyboard alone, and the focus is always visible.

Only keys are pressed here (Tab, Enter, Space, arrows, typing): no clicks, and
no focusing from a script. An element "shows focus" when, focused, it has an
outline or a shadow that it does not have unfocused.
"""

import time

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from feedback.submission import MIN_FILL_TIME

from .support import (
    focus_style,
    focused,
    mark_page,
    press,
    rect,
    shows_focus,
    tab_until,
    wait_for_new_page,
)

pytestmark = pytest.mark.browser


def active(driver):
    return driver.switch_to.active_element


def assert_focus_visible(driver, element, unfocused):
    style = focus_style(driver, element)
    assert shows_focus(style, unfocused), (
        f"No visible focus on {element.tag_name} {element.text!r}: "
        f"{style} focused, {unfocused} unfocused"
    )


@pytest.mark.parametrize("language", ["nl", "ar"])
def test_first_tab_stop_is_the_skip_link_and_it_moves_focus_to_main(browser, demo, language):
    browser.get(demo.url("neighbourhood page", language))
    skip_link = browser.find_element(By.CSS_SELECTOR, ".skip-link")
    unfocused = focus_style(browser, skip_link)

    press(browser, Keys.TAB)

    assert focused(browser, ".skip-link")["matches"]
    box = rect(browser, skip_link)
    assert box["top"] >= 0 and box["width"] > 0, f"The focused skip link is off screen: {box}"
    assert_focus_visible(browser, skip_link, unfocused)

    press(browser, Keys.ENTER)

    assert focused(browser, "main#main")["matches"]
    press(browser, Keys.TAB)
    assert browser.execute_script(
        "return document.querySelector('main').contains(document.activeElement)"
    ), "After the skip link, Tab must go on inside the main content"


@pytest.mark.parametrize("language", ["nl", "ar"])
def test_tab_reaches_every_menu_and_language_link_with_visible_focus(browser, demo, language):
    browser.get(demo.url("home", language))
    links = browser.find_elements(By.CSS_SELECTOR, ".language-switcher a, .main-nav a")
    assert len(browser.find_elements(By.CSS_SELECTOR, ".language-switcher a")) == 5
    assert len(browser.find_elements(By.CSS_SELECTOR, ".main-nav a")) >= 2
    unfocused = {link.id: focus_style(browser, link) for link in links}

    reached = []
    for _ in range(len(links) + 10):
        press(browser, Keys.TAB)
        element = active(browser)
        if element.id in unfocused:
            assert_focus_visible(browser, element, unfocused[element.id])
            reached.append(element.id)
        if len(reached) == len(links):
            break

    missing = [link.text for link in links if link.id not in reached]
    assert not missing, f"Tab never reached: {missing}"
    assert reached == [link.id for link in links], "Tab must follow the reading order"


def test_language_switcher_changes_language_with_the_keyboard(browser, demo):
    browser.get(demo.url("neighbourhood page"))

    tab_until(browser, ".language-switcher a[hreflang=ar]")
    mark_page(browser)
    press(browser, Keys.ENTER)

    wait_for_new_page(browser, "html[lang=ar]")
    html = browser.find_element(By.TAG_NAME, "html")
    assert (html.get_attribute("lang"), html.get_attribute("dir")) == ("ar", "rtl")
    assert browser.current_url == demo.url("neighbourhood page", "ar")


def results_heading(driver):
    return driver.find_element(By.ID, "results-heading").text


def test_good_practice_filters_toggle_with_space_and_submit_with_enter(browser, demo):
    browser.get(demo.url("good-practice index"))
    before = results_heading(browser)
    checkbox = browser.find_element(By.CSS_SELECTOR, ".facets input[type=checkbox]")
    name, value = checkbox.get_attribute("name"), checkbox.get_attribute("value")
    unfocused = focus_style(browser, checkbox)

    tab_until(browser, ".facets input[type=checkbox]")
    assert_focus_visible(browser, checkbox, unfocused)
    press(browser, Keys.SPACE)
    assert checkbox.is_selected()
    press(browser, Keys.SPACE)
    assert not checkbox.is_selected(), "Space must also clear the box"
    press(browser, Keys.SPACE)
    assert checkbox.is_selected()

    button = browser.find_element(By.CSS_SELECTOR, ".facets button[type=submit]")
    button_unfocused = focus_style(browser, button)
    tab_until(browser, ".facets button[type=submit]", limit=120)
    assert_focus_visible(browser, button, button_unfocused)
    mark_page(browser)
    press(browser, Keys.ENTER)

    wait_for_new_page(browser, "#results-heading")
    assert f"{name}={value}" in browser.current_url
    assert results_heading(browser) != before, "The result count did not change"
    chosen = browser.find_element(By.CSS_SELECTOR, f".facets input[name={name}][value={value}]")
    assert chosen.is_selected(), "The chosen filter must stay ticked on the result page"
    cards = browser.find_elements(By.CSS_SELECTOR, ".results .card")
    assert str(len(cards)) in results_heading(browser)


def test_idea_form_is_sent_with_the_keyboard_alone(browser, demo):
    browser.get(demo.url("idea form"))

    # Sent empty: the error summary gets the focus, and its links lead to the fields.
    tab_until(browser, ".submit-form button[type=submit]")
    mark_page(browser)
    press(browser, Keys.ENTER)
    wait_for_new_page(browser, ".error-summary")
    shown_at = time.monotonic()
    summary = browser.find_element(By.CSS_SELECTOR, ".error-summary")
    assert focused(browser, ".error-summary")["matches"], "The focus must be on the error summary"
    assert focus_style(browser, summary)["outline"] != "none"
    press(browser, Keys.TAB)
    assert focused(browser, ".error-summary a")["matches"]

    # Filled in with keys, each field showing its focus.
    fields = {
        "#id_neighbourhood": [Keys.ARROW_DOWN],
        "#id_idea": ["Een bankje bij de bushalte aan de Marshallaan, om even te zitten."],
        "#id_consent": [Keys.SPACE],
    }
    for selector, keys in fields.items():
        element = browser.find_element(By.CSS_SELECTOR, selector)
        unfocused = focus_style(browser, element)
        tab_until(browser, selector)
        assert_focus_visible(browser, element, unfocused)
        press(browser, *keys)
    assert browser.find_element(By.ID, "id_neighbourhood").get_attribute("value")
    assert browser.find_element(By.ID, "id_consent").is_selected()

    tab_until(browser, ".submit-form button[type=submit]")
    # The form refuses what is sent within a few seconds of showing it (spam
    # robots are that fast); a person is slower than these keystrokes.
    time.sleep(max(0.0, MIN_FILL_TIME.total_seconds() + 0.5 - (time.monotonic() - shown_at)))
    mark_page(browser)
    press(browser, Keys.ENTER)

    wait_for_new_page(browser, "main h1")
    assert "/idee-insturen/verstuurd/" in browser.current_url
    assert browser.find_element(By.TAG_NAME, "h1").text
