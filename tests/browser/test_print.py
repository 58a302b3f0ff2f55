"""The print view of a neighbourhood's feedback register is an A4 handout without clipped text.

Chromium prints it to PDF with the page size the stylesheet asks for (print.css:
``@page { size: A4 }``); pypdf reads the PDF back. Clipping is checked twice:
in the PDF, every piece of text starts on the paper; in the page laid out for
print at the printable width of A4, nothing sticks out sideways or is cut off
by an overflowing box.
"""

import base64
import io
import unicodedata

import pytest
from pypdf import PdfReader
from selenium.webdriver.common.by import By

pytestmark = pytest.mark.browser

A4_POINTS = (595.28, 841.89)  # 210 x 297 mm
POINT_TOLERANCE = 1.5  # Chromium rounds the page size to whole CSS pixels
# A4 minus print.css's side margins (2 x 16 mm), in CSS pixels (96 per inch).
PRINTABLE_WIDTH_PX = round((210 - 2 * 16) / 25.4 * 96)

OVERFLOWING = """
const width = arguments[0], found = [];
for (const element of document.body.querySelectorAll("*")) {
  const style = getComputedStyle(element);
  if (style.display === "none" || style.visibility === "hidden") continue;
  if (element.closest(".visually-hidden, .skip-link")) continue;
  const box = element.getBoundingClientRect();
  if (box.width === 0 && box.height === 0) continue;
  const clips = style.overflowX !== "visible" || style.overflowY !== "visible";
  if (box.left < -1 || box.right > width + 1
      || (clips && (element.scrollWidth > element.clientWidth + 1
                    || element.scrollHeight > element.clientHeight + 1))) {
    found.push(`${element.tagName.toLowerCase()}.${element.className}: ` +
               `${Math.round(box.left)}..${Math.round(box.right)} of ${width}px ` +
               `"${element.textContent.trim().slice(0, 60)}"`);
  }
}
if (document.documentElement.scrollWidth > width + 1) {
  found.push(`the page is ${document.documentElement.scrollWidth}px wide`);
}
return found;
"""


def print_to_pdf(driver):
    result = driver.execute_cdp_cmd(
        "Page.printToPDF", {"preferCSSPageSize": True, "printBackground": False}
    )
    return PdfReader(io.BytesIO(base64.b64decode(result["data"])))


def text_outside_the_paper(page):
    """Pieces of text whose start lies off the page (text cut off at its edge)."""
    width, height = float(page.mediabox.width), float(page.mediabox.height)
    outside = []

    def visit(text, cm, tm, font, size):
        if not text.strip():
            return
        x = cm[0] * tm[4] + cm[2] * tm[5] + cm[4]
        y = cm[1] * tm[4] + cm[3] * tm[5] + cm[5]
        if not (0 <= x <= width and 0 <= y <= height):
            outside.append(f"{text.strip()[:40]!r} at ({x:.0f}, {y:.0f})")

    page.extract_text(visitor_text=visit)
    return outside


def normalise(text):
    """One space between words, and ligatures (the "fl" in "flats") as their letters."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


@pytest.mark.parametrize("language", ["nl", "ar"])
def test_register_prints_on_a4(browser, demo, language):
    browser.get(demo.url("register print view", language))

    pdf = print_to_pdf(browser)

    assert len(pdf.pages) >= 1
    for number, page in enumerate(pdf.pages, start=1):
        size = (float(page.mediabox.width), float(page.mediabox.height))
        assert all(
            abs(got - a4) <= POINT_TOLERANCE for got, a4 in zip(size, A4_POINTS, strict=True)
        ), f"page {number} is {size} points, not A4"
        assert not text_outside_the_paper(page), f"page {number}: {text_outside_the_paper(page)}"


def test_register_pdf_holds_every_idea_and_no_navigation(browser, demo):
    browser.get(demo.url("register print view"))
    titles = [h.text for h in browser.find_elements(By.CSS_SELECTOR, ".print-idea h2")]
    skip_link = browser.find_element(By.CSS_SELECTOR, ".skip-link").get_attribute("textContent")
    menus = [
        " ".join(link.get_attribute("textContent") for link in browser.find_elements(*menu))
        for menu in ((By.CSS_SELECTOR, ".language-switcher a"), (By.CSS_SELECTOR, ".main-nav a"))
    ]
    assert len(titles) >= 5, "the demo register should have ideas to print"

    text = normalise(" ".join(page.extract_text() for page in print_to_pdf(browser).pages))

    missing = [title for title in titles if normalise(title) not in text]
    assert not missing, f"Idea titles missing from the PDF: {missing}"
    assert normalise(skip_link) not in text
    assert not [menu for menu in menus if normalise(menu) in text], "a menu was printed"


@pytest.mark.parametrize("language", ["nl", "ar"])
def test_register_fits_the_printable_width_of_a4(browser, demo, language):
    browser.get(demo.url("register print view", language))
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    browser.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": PRINTABLE_WIDTH_PX, "height": 1000, "deviceScaleFactor": 1, "mobile": False},
    )

    overflowing = browser.execute_script(OVERFLOWING, PRINTABLE_WIDTH_PX)

    assert not overflowing, "Sticks out of or is clipped at A4's printable width:\n" + "\n".join(
        overflowing
    )
