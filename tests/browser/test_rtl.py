"""Arabic is laid out right to left: the same page in Dutch and in Arabic are mirror images.

The stylesheet uses logical properties (inline-start, inline-end) so that
``dir="rtl"`` mirrors the layout without rules of its own. These tests compare
where things are on screen in both languages, at the same window size.
"""

import pytest
from selenium.webdriver.common.by import By

pytestmark = pytest.mark.browser

# Whole CSS pixels: the two languages differ in text, not in spacing.
TOLERANCE = 2

LAYOUT = """
const box = (element) => {
  const r = element.getBoundingClientRect();
  return {left: r.left, right: r.right, top: r.top};
};
const textBox = (element) => {
  const range = document.createRange();
  range.selectNodeContents(element);
  const r = range.getBoundingClientRect();
  return {left: r.left, right: r.right, top: r.top};
};
const all = (selector) => [...document.querySelectorAll(selector)];
const timeline = document.querySelector(".timeline");
return {
  dir: document.documentElement.dir,
  menu: box(document.querySelector(".main-nav__list")),
  menuItems: all(".main-nav__list a").map(box),
  siteName: box(document.querySelector(".site-name")),
  languages: box(document.querySelector(".language-switcher")),
  crumbs: all(".breadcrumbs li").map(box),
  timeline: timeline && {
    list: box(timeline),
    dates: all(".timeline__date").map(textBox),
    border: [getComputedStyle(timeline).borderLeftWidth,
             getComputedStyle(timeline).borderRightWidth],
  },
};
"""


def layout(driver, url):
    driver.get(url)
    return driver.execute_script(LAYOUT)


def close(a, b):
    return abs(a - b) <= TOLERANCE


def test_header_and_main_menu_are_mirrored_in_arabic(browser, demo):
    dutch = layout(browser, demo.url("neighbourhood page", "nl"))
    arabic = layout(browser, demo.url("neighbourhood page", "ar"))
    assert (dutch["dir"], arabic["dir"]) == ("ltr", "rtl")

    # Dutch reads from the left: the menu starts at the left and runs right.
    lefts = [item["left"] for item in dutch["menuItems"]]
    assert lefts == sorted(lefts), "Dutch menu items must run left to right"
    # Arabic starts at the right and runs left.
    rights = [item["right"] for item in arabic["menuItems"]]
    assert rights == sorted(rights, reverse=True), "Arabic menu items must run right to left"
    # The first item sits as far from the right edge in Arabic as from the left edge in Dutch.
    start_nl = dutch["menuItems"][0]["left"] - dutch["menu"]["left"]
    start_ar = arabic["menu"]["right"] - arabic["menuItems"][0]["right"]
    assert close(start_nl, start_ar), f"menu starts {start_nl}px in, but {start_ar}px in Arabic"

    assert dutch["siteName"]["right"] < dutch["languages"]["left"], "Dutch: name left of languages"
    assert arabic["siteName"]["left"] > arabic["languages"]["right"], "Arabic: name on the right"


def test_breadcrumbs_run_right_to_left_in_arabic(browser, demo):
    dutch = layout(browser, demo.url("idea page", "nl"))
    arabic = layout(browser, demo.url("idea page", "ar"))
    assert len(dutch["crumbs"]) >= 3

    assert dutch["crumbs"][0]["left"] < dutch["crumbs"][-1]["left"]
    assert arabic["crumbs"][0]["right"] > arabic["crumbs"][-1]["right"]


def test_timeline_of_an_arabic_idea_is_mirrored(browser, demo):
    assert demo.translated_idea, "The demo should have an idea translated into Arabic"
    dutch = layout(browser, demo.base_url + demo.translated_idea["nl"])["timeline"]
    arabic = layout(browser, demo.base_url + demo.translated_idea["ar"])["timeline"]
    assert dutch and arabic and len(dutch["dates"]) == len(arabic["dates"]) >= 2

    # The line of the timeline is on the left in Dutch, on the right in Arabic.
    assert dutch["border"][0] != "0px" and dutch["border"][1] == "0px"
    assert arabic["border"][0] == "0px" and arabic["border"][1] == dutch["border"][0]
    # Each date is as far from the line in Arabic as in Dutch, on the other side.
    for date_nl, date_ar in zip(dutch["dates"], arabic["dates"], strict=True):
        indent_nl = date_nl["left"] - dutch["list"]["left"]
        indent_ar = arabic["list"]["right"] - date_ar["right"]
        assert close(indent_nl, indent_ar), f"indent {indent_nl}px (Dutch), {indent_ar}px (Arabic)"
        assert date_ar["right"] > (arabic["list"]["left"] + arabic["list"]["right"]) / 2


def test_untranslated_page_keeps_dutch_text_left_to_right_under_arabic_menus(browser, demo):
    assert demo.untranslated_page, "The demo should have a page not translated into Arabic"
    browser.get(demo.base_url + demo.untranslated_page["ar"])
    html = browser.find_element(By.TAG_NAME, "html")
    content = browser.find_element(By.CSS_SELECTOR, "main > [lang]")

    assert (html.get_attribute("lang"), html.get_attribute("dir")) == ("ar", "rtl")
    assert (content.get_attribute("lang"), content.get_attribute("dir")) == ("nl", "ltr")
    assert browser.find_element(By.CSS_SELECTOR, ".notice--language").is_displayed()


def test_arabic_menus_offer_the_same_sections_as_dutch(browser, demo):
    def sections(language):
        browser.get(demo.url("home", language))
        return [
            len(browser.find_elements(By.CSS_SELECTOR, ".main-nav a")),
            len(browser.find_elements(By.CSS_SELECTOR, ".site-footer nav a")),
        ]

    assert sections("ar") == sections("nl")
