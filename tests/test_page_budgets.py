"""Public pages stay light (issue 6): HTML under 60 KB, stylesheets under 30 KB,
no JavaScript, and every picture a set of AVIF and WebP renditions with its
width and height.

Measured on every public page type of tests/query_count_pages.py: on the demo
site, where each neighbourhood has a picture and contact photos, after giving
news and good practices a picture and a figure in their text as well (so every
image template is checked), and again with much more content, which must not
push a page over its budget.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.cache import cache
from django.core.files.storage import default_storage
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext

from wagtail.images import get_image_model

import pytest
from bs4 import BeautifulSoup
from PIL import Image as PillowImage

from pages.demo.images import demo_image
from pages.images import rendition_prefetch, responsive_picture
from pages.models import GoodPracticePage, NeighbourhoodUpdatePage
from tests.query_count_pages import add_more_content, public_page_urls

pytestmark = pytest.mark.django_db

HTML_BUDGET = 60 * 1024
CSS_BUDGET = 30 * 1024

# Page types that are not HTML: calendars, feeds, open data, sitemap, robots.txt.
NOT_HTML = {
    "neighbourhood agenda calendar",
    "event calendar",
    "feed",
    "neighbourhood feed",
    "en feed",
    "ar feed",
    "open data ideas csv",
    "open data updates csv",
    "open data ideas json",
    "sitemap",
    "sitemap section",
    "robots.txt",
}

# Page types that must show pictures, so the image tests cannot pass on pages without any.
PAGES_WITH_PICTURES = {
    "neighbourhood",
    "neighbourhood update",
    "good practice",
    "en neighbourhood translated",
    "ar neighbourhood untranslated",
}
MIN_IMAGES_CHECKED = 20

MODERN_TYPES = {"image/avif", "image/webp"}


def _give_pictures_to_news_and_practices():
    """A picture above, and a figure in the text of, every news item and good practice."""
    image = demo_image(
        "meeting", "page-budgets", "Bijeenkomst in de wijk", "Bewoners praten aan een tafel"
    )
    for model in (NeighbourhoodUpdatePage, GoodPracticePage):
        for page in model.objects.all():
            page.image = image
            page.body.append(("figure", {"image": image, "caption": "Een avond in het buurthuis"}))
            page.save(update_fields=["image", "body"], clean=False)


def _fetch(urls):
    client = Client()
    pages = {}
    for name, url in urls.items():
        response = client.get(url)
        body = b"".join(response.streaming_content) if response.streaming else response.content
        pages[name] = (response.status_code, response.get("Content-Type", ""), body)
    return pages


@pytest.fixture(scope="module")
def responses(django_db_setup, django_db_blocker):
    """``{"demo" | "more content": {page type: (status, content type, body)}}``.

    Fetched once for the module, inside a transaction that is rolled back. The
    rendition files stay on disk (in the test media folder) for the format checks.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        urls = public_page_urls()
        _give_pictures_to_news_and_practices()
        demo = _fetch(urls)
        add_more_content()
        more = _fetch(urls)
        transaction.set_rollback(True)
    # Renditions of the rolled-back transaction must not outlive it in the cache.
    cache.clear()
    return {"demo": demo, "more content": more}


def _html_pages(responses):
    """``[(label, body)]`` of every HTML page in both measurements."""
    return [
        (f"{content}: {name}", body)
        for content, pages in responses.items()
        for name, (_status, content_type, body) in pages.items()
        if content_type.startswith("text/html")
    ]


def _soups(responses):
    return [(label, BeautifulSoup(body, "html.parser")) for label, body in _html_pages(responses)]


def _checked_images(responses):
    """``[(label, <img>)]`` of every image on every page."""
    return [(label, img) for label, soup in _soups(responses) for img in soup.find_all("img")]


def _srcset_urls(srcset):
    return [candidate.split()[0] for candidate in srcset.split(",") if candidate.strip()]


def _media_file(url):
    name = urlsplit(url).path.removeprefix(settings.MEDIA_URL)
    return default_storage.path(name)


def test_every_public_page_answers(responses):
    failed = {
        f"{content}: {name}": status
        for content, pages in responses.items()
        for name, (status, _type, _body) in pages.items()
        if status != 200
    }
    assert not failed


def test_every_page_type_but_calendars_feeds_and_data_is_html(responses):
    for pages in responses.values():
        html = {
            name for name, (_s, content_type, _b) in pages.items() if "text/html" in content_type
        }
        assert html == set(pages) - NOT_HTML


def test_html_of_every_public_page_is_under_60_kb(responses):
    sizes = {label: len(body) for label, body in _html_pages(responses)}
    assert len(sizes) >= 100
    too_large = {label: size for label, size in sizes.items() if size > HTML_BUDGET}
    assert not too_large


def test_stylesheets_of_every_public_page_are_under_30_kb_together(responses):
    for label, soup in _soups(responses):
        hrefs = [link["href"] for link in soup.select('link[rel="stylesheet"]')]
        assert hrefs, label
        total = 0
        for href in hrefs:
            path = finders.find(urlsplit(href).path.removeprefix(settings.STATIC_URL))
            assert path, f"{label}: {href} is not a static file"
            with open(path, "rb") as stylesheet:
                total += len(stylesheet.read())
        assert total <= CSS_BUDGET, f"{label}: {total} bytes of CSS"


def test_no_public_page_runs_javascript(responses):
    for label, soup in _soups(responses):
        assert soup.find("script") is None, label
        for element in soup.find_all(True):
            handlers = [attr for attr in element.attrs if attr.lower().startswith("on")]
            assert not handlers, f"{label}: {element.name} has {handlers}"
            for attr in ("href", "src", "action"):
                value = element.get(attr, "")
                assert not value.strip().lower().startswith("javascript:"), label


def test_the_pages_with_pictures_show_them(responses):
    for pages in responses.values():
        for name in PAGES_WITH_PICTURES:
            soup = BeautifulSoup(pages[name][2], "html.parser")
            assert soup.find("picture"), name
    assert len(_checked_images(responses)) >= MIN_IMAGES_CHECKED


def test_every_image_has_its_width_height_and_alt(responses):
    checked = 0
    for label, soup in _soups(responses):
        for img in soup.find_all("img"):
            assert int(img["width"]) > 0, f"{label}: {img}"
            assert int(img["height"]) > 0, f"{label}: {img}"
            assert img.has_attr("alt"), f"{label}: {img}"
            checked += 1
    assert checked >= MIN_IMAGES_CHECKED


def test_every_image_is_a_picture_of_avif_and_webp_renditions_in_several_widths(responses):
    images = _checked_images(responses)
    assert len(images) >= MIN_IMAGES_CHECKED
    for label, img in images:
        picture = img.parent
        assert picture.name == "picture", f"{label}: {img}"
        sources = {source["type"]: source for source in picture.find_all("source")}
        assert set(sources) == MODERN_TYPES, f"{label}: {picture}"
        for element in [*sources.values(), img]:
            assert len(_srcset_urls(element["srcset"])) >= 2, f"{label}: {element}"
            assert element["sizes"], f"{label}: {element}"


def test_the_renditions_are_really_encoded_as_avif_and_webp(responses):
    formats = {"image/avif": "AVIF", "image/webp": "WEBP"}
    urls = set()
    for _label, img in _checked_images(responses):
        for source in img.parent.find_all("source"):
            urls |= {(formats[source["type"]], url) for url in _srcset_urls(source["srcset"])}
    assert {fmt for fmt, _url in urls} == {"AVIF", "WEBP"}
    for fmt, url in urls:
        with PillowImage.open(_media_file(url)) as rendition:
            assert rendition.format == fmt, url


def test_a_picture_at_the_top_loads_at_once_and_one_in_the_text_only_when_needed(responses):
    soup = BeautifulSoup(responses["demo"]["neighbourhood update"][2], "html.parser")
    header, in_text = soup.select("main figure picture img")
    assert not header.has_attr("loading")
    assert in_text["loading"] == "lazy"
    # Decoding a picture does not hold up the text of the page.
    assert header["decoding"] == in_text["decoding"] == "async"


def test_a_wide_picture_comes_in_three_widths_and_is_shown_at_most_800_pixels_wide(responses):
    soup = BeautifulSoup(responses["demo"]["neighbourhood update"][2], "html.parser")
    img = soup.select_one("main figure picture img")
    # The upload is 1200 by 675 pixels: the <img> reserves the space of the 800 wide one.
    assert (img["width"], img["height"]) == ("800", "450")
    for element in [*img.parent.find_all("source"), img]:
        widths = [candidate.split()[1] for candidate in element["srcset"].split(", ")]
        assert sorted(widths) == ["1200w", "400w", "800w"]


def test_an_upload_narrower_than_a_width_is_listed_once_per_format():
    image = demo_image("portrait", "page-budgets", "Klein portret", "Getekend portret")
    assert image.width == 400
    soup = BeautifulSoup(responsive_picture(image, "content"), "html.parser")
    img = soup.find("img")
    # 800 and 1200 are not enlarged: the 400 pixels wide upload is the only size.
    assert img["src"].endswith(".jpg")
    assert (img["width"], img["height"]) == ("400", "400")
    for element in [*soup.find_all("source"), img]:
        assert len(_srcset_urls(element.get("srcset", img["src"]))) == 1


def test_a_decorative_picture_has_an_empty_alt_and_another_its_description():
    image = demo_image("portrait", "page-budgets", "Klein portret", "Getekend portret")
    described = BeautifulSoup(responsive_picture(image, "portrait"), "html.parser").img
    decorative = BeautifulSoup(responsive_picture(image, "portrait", alt=""), "html.parser").img
    assert described["alt"] == "Getekend portret"
    assert decorative["alt"] == ""


def test_the_renditions_of_a_list_of_photos_cost_one_query(neighbourhood):
    people = neighbourhood.contact_people.select_related("photo")
    assert people.filter(photo__isnull=False).count() >= 2
    for person in people:
        responsive_picture(person.photo, "portrait")  # the renditions exist from now on
    listed = people.prefetch_related(rendition_prefetch("photo", "portrait"))
    with CaptureQueriesContext(connection) as queries:
        html = "".join(responsive_picture(person.photo, "portrait") for person in listed)
    assert len(queries) == 2  # the people with their photos, and all renditions
    assert html.count("<picture>") == len(listed)


def test_an_unknown_preset_is_refused_by_name():
    image = get_image_model().objects.first()
    with pytest.raises(ValueError, match="content"):
        responsive_picture(image, "banner")
