"""What the browser tests do in Chromium: run axe-core, press keys, read styles and positions."""

from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.wait import WebDriverWait

# WCAG 2.0, 2.1 and 2.2, levels A and AA: what Dutch public bodies must meet.
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]

AXE_RUN = """
const [tags, done] = [arguments[0], arguments[arguments.length - 1]];
axe.run(document, {runOnly: {type: "tag", values: tags}})
  .then((result) => done({
    version: axe.version,
    violations: result.violations.map((rule) => ({
      id: rule.id, impact: rule.impact, help: rule.help,
      nodes: rule.nodes.map((node) => ({
        target: node.target.join(" "), html: node.html, summary: node.failureSummary,
      })),
    })),
    passes: result.passes.map((rule) => rule.id),
    incomplete: result.incomplete.map((rule) => ({
      id: rule.id,
      reasons: [...new Set(rule.nodes.flatMap((node) =>
        [...node.any, ...node.all, ...node.none].map((check) => check.message)))],
    })),
    inapplicable: result.inapplicable.map((rule) => rule.id),
  }))
  .catch((error) => done({error: String(error)}));
"""


def wait_until(driver, condition, timeout=10):
    """Wait for ``condition(driver)``. While a page changes, the driver may answer
    with an error about the page that is going away: then it asks again."""
    return WebDriverWait(driver, timeout, ignored_exceptions=[WebDriverException]).until(condition)


NEW_PAGE_SHOWS = """
return window.meedoenOldPage === undefined && document.readyState === "complete"
    && document.querySelector(arguments[0]) !== null;
"""


def mark_page(driver):
    """Mark the page now shown, so ``wait_for_new_page`` can tell the next one from it."""
    driver.execute_script("window.meedoenOldPage = true;")


def wait_for_new_page(driver, selector):
    """After ``mark_page``: wait until another page has loaded that shows ``selector``."""
    wait_until(driver, lambda d: d.execute_script(NEW_PAGE_SHOWS, selector))


def reset_browser(driver):
    """No cookies (votes, CSRF) and the screen media of a desktop window."""
    driver.execute_cdp_cmd("Network.clearBrowserCookies", {})
    reset_emulation(driver)


def reset_emulation(driver):
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def run_axe(driver, axe_source):
    """axe-core's WCAG A/AA rules on the page now in the browser."""
    if not driver.execute_script("return typeof window.axe === 'object'"):
        driver.execute_script(axe_source)
    result = driver.execute_async_script(AXE_RUN, AXE_TAGS)
    if "error" in result:
        raise AssertionError(f"axe-core failed on {driver.current_url}: {result['error']}")
    return result


def describe_violations(violations):
    lines = []
    for rule in violations:
        lines.append(f"- {rule['id']} ({rule['impact']}): {rule['help']}")
        for node in rule["nodes"][:5]:
            lines.append(f"    at {node['target']}: {node['html'][:160]}")
            lines.append("      " + node["summary"].replace("\n", "\n      "))
        if len(rule["nodes"]) > 5:
            lines.append(f"    ... and {len(rule['nodes']) - 5} more")
    return "\n".join(lines)


# --- Keyboard --------------------------------------------------------------------


def press(driver, *keys):
    """Keys as a person types them, to whatever has the focus."""
    ActionChains(driver).send_keys(*keys).perform()


FOCUSED = """
const element = document.activeElement;
if (!element || element === document.body) return null;
return {
  tag: element.tagName.toLowerCase(), id: element.id, text: element.textContent.trim().slice(0, 80),
  href: element.getAttribute("href"), lang: element.getAttribute("lang"),
  type: element.getAttribute("type"), name: element.getAttribute("name"),
  classes: element.className, matches: arguments[0] ? element.matches(arguments[0]) : false,
};
"""


def focused(driver, selector=None):
    """What has the focus (None for the page itself), and whether it matches ``selector``."""
    return driver.execute_script(FOCUSED, selector)


def tab_until(driver, selector, limit=80, key=Keys.TAB):
    """Press Tab until the focus is on an element matching ``selector``; returns all stops."""
    stops = []
    for _ in range(limit):
        press(driver, key)
        element = focused(driver, selector)
        stops.append(element)
        if element and element["matches"]:
            return stops
    raise AssertionError(
        f"{limit} presses of Tab never reached {selector}; the focus went to:\n"
        + "\n".join(f"  {stop}" for stop in stops)
    )


FOCUS_STYLE = """
const style = getComputedStyle(arguments[0]);
return {outline: style.outlineStyle === "none" ? "none"
                 : `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
        boxShadow: style.boxShadow, background: style.backgroundColor};
"""


def focus_style(driver, element):
    """The parts of an element's computed style that show focus."""
    return driver.execute_script(FOCUS_STYLE, element)


def shows_focus(focused_style, unfocused_style):
    """True when focus draws an outline or a shadow that is not there without it."""
    draws = focused_style["outline"] != "none" or focused_style["boxShadow"] != "none"
    return draws and focused_style != unfocused_style


# --- Layout ----------------------------------------------------------------------


def rect(driver, element):
    return driver.execute_script(
        "const r = arguments[0].getBoundingClientRect();"
        "return {left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width};",
        element,
    )


# WCAG 1.4.10 Reflow: content fits 320 CSS pixels wide without scrolling sideways.
REFLOW_WIDTH = 320

OUTSIDE_MAIN = """
const main = document.querySelector("main").getBoundingClientRect();
const found = [];
for (const element of document.querySelectorAll("main *")) {
  if (element.closest(".visually-hidden")) continue;  // clipped to nothing on purpose
  const box = element.getBoundingClientRect();
  if (box.height && box.bottom > main.bottom + 1) {
    found.push(`${element.tagName.toLowerCase()}.${element.className} ends ` +
               `${Math.round(box.bottom - main.bottom)}px below the main content`);
  }
}
return found.slice(0, 5);
"""

SIDEWAYS = """
const width = document.documentElement.clientWidth, found = [];
if (document.documentElement.scrollWidth > width) {
  for (const element of document.querySelectorAll("body *")) {
    const box = element.getBoundingClientRect();
    // Right to left, what does not fit sticks out on the left.
    const out = box.right > width + 1 || box.left < -1;
    if (out && box.width && getComputedStyle(element).position !== "absolute") {
      found.push(`${element.tagName.toLowerCase()}.${element.className} spans ` +
                 `${Math.round(box.left)}..${Math.round(box.right)}px ` +
                 `"${element.textContent.trim().slice(0, 40)}"`);
    }
  }
  // Text can stick out of its box: a long word or address that does not break.
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  while (walker.nextNode()) {
    if (!walker.currentNode.textContent.trim()) continue;
    range.selectNodeContents(walker.currentNode);
    const box = range.getBoundingClientRect();
    if (box.width && (box.right > width + 1 || box.left < -1)) {
      found.push(`text "${walker.currentNode.textContent.trim().slice(0, 40)}" spans ` +
                 `${Math.round(box.left)}..${Math.round(box.right)}px`);
    }
  }
  found.unshift(`the page is ${document.documentElement.scrollWidth}px wide`);
}
return found.slice(0, 6);
"""


def layout_problems(driver):
    """Boxes that spill out of the main content (over the footer), and sideways
    scrolling on a 320 pixel wide screen. axe-core checks neither."""
    problems = driver.execute_script(OUTSIDE_MAIN)
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": REFLOW_WIDTH, "height": 640, "deviceScaleFactor": 1, "mobile": False},
    )
    try:
        sideways = driver.execute_script(SIDEWAYS)
        problems += [f"at {REFLOW_WIDTH}px: {problem}" for problem in sideways]
    finally:
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    return problems
