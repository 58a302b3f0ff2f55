"""Uploads through the admin: only real images and office documents, within size limits.

Each refused upload gets a clear message and leaves nothing behind: no
database row and no file in the media folder.
"""

import io
import os
import struct
import zlib

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

import pytest
from PIL import Image as PILImage

pytestmark = pytest.mark.django_db

IMAGE_URL = "/admin/images/add/"
DOCUMENT_URL = "/admin/documents/add/"


@pytest.fixture
def editor_client(client):
    user = get_user_model().objects.create_superuser("redactie", "redactie@example.org", "x")
    client.force_login(user)
    return client


def stored_files():
    found = set()
    for folder, _dirs, files in os.walk(settings.MEDIA_ROOT):
        found.update(os.path.join(folder, name) for name in files)
    return found


def png(width=40, height=30):
    buffer = io.BytesIO()
    PILImage.new("RGB", (width, height), "teal").save(buffer, "PNG")
    return buffer.getvalue()


def png_header_only(width, height):
    """A tiny PNG that claims huge dimensions: a decompression bomb as far as any check sees."""

    def chunk(kind, data):
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)  # 1-bit greyscale
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 1024))
        + chunk(b"IEND", b"")
    )


def upload(client, url, name, content):
    data = {
        "title": "Upload",
        "collection": Collection.get_first_root_node().id,
        "file": SimpleUploadedFile(name, content),
    }
    return client.post(url, data)


def assert_refused(response, model, before_rows, before_files, message):
    assert response.status_code == 200
    assert message in response.content.decode()
    assert model.objects.count() == before_rows
    assert stored_files() == before_files


def test_real_png_is_accepted(editor_client):
    before = get_image_model().objects.count()
    response = upload(editor_client, IMAGE_URL, "wijk.png", png())
    assert response.status_code == 302
    assert get_image_model().objects.count() == before + 1


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("tekst.png", b"Dit is geen plaatje, maar platte tekst.\n" * 20, "Upload een geldig"),
        ("pagina.svg", b'<svg xmlns="http://www.w3.org/2000/svg"></svg>', "Geen ondersteund"),
        ("kapot.png", png_header_only(2_000, 2_000), "beschadigd"),
        ("bom.png", png_header_only(7_000, 7_000), "teveel pixels"),
        ("grote-bom.png", png_header_only(20_000, 20_000), "teveel pixels"),
    ],
    ids=["text-renamed-png", "svg", "truncated-png", "decompression-bomb", "huge-bomb"],
)
def test_bad_image_is_refused_and_nothing_is_stored(editor_client, name, content, message):
    model = get_image_model()
    before_rows, before_files = model.objects.count(), stored_files()
    response = upload(editor_client, IMAGE_URL, name, content)
    assert_refused(response, model, before_rows, before_files, message)


def test_image_over_the_size_limit_is_refused(editor_client):
    # Random pixels do not compress, so this PNG really is bigger than the limit.
    side = 1900
    noisy = PILImage.frombytes("RGB", (side, side), os.urandom(side * side * 3))
    buffer = io.BytesIO()
    noisy.save(buffer, "PNG", compress_level=0)
    assert buffer.tell() > settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE
    model = get_image_model()
    before_rows, before_files = model.objects.count(), stored_files()
    response = upload(editor_client, IMAGE_URL, "groot.png", buffer.getvalue())
    assert_refused(response, model, before_rows, before_files, "Dit bestand is te groot")


def test_configured_limits_are_the_documented_ones():
    assert settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE == 10 * 1024 * 1024
    assert settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS == 40_000_000
    assert settings.WAGTAILDOCS_MAX_UPLOAD_SIZE == 20 * 1024 * 1024
    assert "svg" not in settings.WAGTAILIMAGES_EXTENSIONS


def test_pdf_document_is_accepted(editor_client):
    before = get_document_model().objects.count()
    response = upload(editor_client, DOCUMENT_URL, "verslag.pdf", b"%PDF-1.4\n%%EOF\n")
    assert response.status_code == 302
    assert get_document_model().objects.count() == before + 1


@pytest.mark.parametrize(
    "name",
    ["programma.exe", "pagina.html", "plaatje.svg", "script.js"],
)
def test_document_of_a_dangerous_type_is_refused(editor_client, name):
    model = get_document_model()
    before_rows, before_files = model.objects.count(), stored_files()
    response = upload(editor_client, DOCUMENT_URL, name, b"MZ\x90\x00 <script>alert(1)</script>")
    extension = name.rsplit(".", 1)[1]
    assert_refused(response, model, before_rows, before_files, f"{extension}")
    assert "niet toegestaan" in response.content.decode()


def test_document_over_the_size_limit_is_refused(editor_client):
    model = get_document_model()
    before_rows, before_files = model.objects.count(), stored_files()
    content = b"a;b\n" * (settings.WAGTAILDOCS_MAX_UPLOAD_SIZE // 4 + 1)
    response = upload(editor_client, DOCUMENT_URL, "lijst.csv", content)
    assert_refused(response, model, before_rows, before_files, "te groot")
