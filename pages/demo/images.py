"""Demo images drawn with Pillow, so the demo needs no downloads.

Each picture is a calm abstract composition (houses, a meeting table, people
as simple shapes) in the site's colours; the alt text says what it shows.
"""

import hashlib
import io
import math
import random

from django.core.files.images import ImageFile

from wagtail.images import get_image_model

from PIL import Image as PillowImage
from PIL import ImageDraw

PALETTE = ["#0b5394", "#073763", "#ffbf47", "#3d8b5a", "#d9534f", "#6c5b7b", "#f3f5f7"]


def _rng(key):
    return random.Random(int(hashlib.sha256(key.encode()).hexdigest()[:12], 16))


def draw_neighbourhood(key, size=(1200, 675)):
    rng = _rng(key)
    width, height = size
    image = PillowImage.new("RGB", size, "#dfe9f3")
    draw = ImageDraw.Draw(image)
    draw.rectangle([0, height * 0.72, width, height], fill="#3d8b5a")
    x = 20
    while x < width:
        w = rng.randint(90, 180)
        h = rng.randint(160, 380)
        top = int(height * 0.72) - h
        colour = rng.choice(PALETTE[:6])
        draw.rectangle([x, top, x + w, height * 0.72], fill=colour)
        for wy in range(top + 20, int(height * 0.72) - 40, 50):
            for wx in range(x + 15, x + w - 25, 40):
                draw.rectangle([wx, wy, wx + 18, wy + 24], fill="#ffe9a8")
        x += w + rng.randint(10, 40)
    for _ in range(6):
        cx = rng.randint(40, width - 40)
        cy = int(height * 0.8) + rng.randint(0, 60)
        draw.ellipse([cx - 14, cy - 50, cx + 14, cy - 22], fill="#1b1b1b")
        draw.rectangle([cx - 16, cy - 22, cx + 16, cy + 30], fill=rng.choice(PALETTE[:6]))
    return image


def draw_portrait(key, size=(400, 400)):
    rng = _rng(key)
    background = rng.choice(["#dfe9f3", "#fff1cc", "#e3f1e7", "#efe6f3"])
    image = PillowImage.new("RGB", size, background)
    draw = ImageDraw.Draw(image)
    skin = rng.choice(["#8d5524", "#c68642", "#e0ac69", "#f1c27d", "#ffdbac", "#5c3a21"])
    draw.ellipse([120, 70, 280, 240], fill=skin)
    draw.ellipse([60, 250, 340, 520], fill=rng.choice(PALETTE[:6]))
    return image


def draw_meeting(key, size=(1200, 675)):
    rng = _rng(key)
    image = PillowImage.new("RGB", size, "#fff8e6")
    draw = ImageDraw.Draw(image)
    draw.ellipse([300, 250, 900, 480], fill="#c58b4c")
    for i in range(8):
        x = 600 + int(380 * math.cos(i * math.pi / 4))
        y = 365 + int(190 * math.sin(i * math.pi / 4))
        draw.ellipse([x - 30, y - 90, x + 30, y - 30], fill="#5c3a21")
        draw.rectangle([x - 35, y - 30, x + 35, y + 40], fill=rng.choice(PALETTE[:6]))
    for _ in range(5):
        cx, cy = rng.randint(420, 780), rng.randint(300, 420)
        draw.rectangle(
            [cx, cy, cx + 40, cy + 30], fill=rng.choice(["#ffbf47", "#d9534f", "#0b5394"])
        )
    return image


DRAWERS = {"neighbourhood": draw_neighbourhood, "portrait": draw_portrait, "meeting": draw_meeting}


def demo_image(kind, key, title, description, collection=None):
    """Get or create a demo image; the title identifies it, so reloading reuses it."""
    Image = get_image_model()
    existing = Image.objects.filter(title=title).first()
    if existing:
        return existing
    picture = DRAWERS[kind](key)
    buffer = io.BytesIO()
    picture.save(buffer, format="JPEG", quality=82, optimize=True)
    filename = f"demo-{kind}-{hashlib.sha1(key.encode()).hexdigest()[:10]}.jpg"  # noqa: S324
    image = Image(title=title, description=description)
    if collection is not None:
        image.collection = collection
    image.file = ImageFile(io.BytesIO(buffer.getvalue()), name=filename)
    image.save()
    return image
