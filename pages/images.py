"""Responsive images: every picture on a public page is a set of small renditions.

The browser picks AVIF, else WebP, else JPEG, in the width that fits the
layout, so a phone on a slow connection downloads a few kilobytes instead of
the editor's upload. Each kind of picture is one preset: its filter specs are
used both to render it and to prefetch the renditions of a list in one query.
"""

from dataclasses import dataclass
from functools import cached_property

from django.db.models import Prefetch

from wagtail.images import get_image_model
from wagtail.images.models import Filter, Picture
from wagtail.images.shortcuts import get_renditions_or_not_found

FORMATS = "format-{avif,webp,jpeg}"


@dataclass(frozen=True)
class Preset:
    # The first size is the one the layout shows on a wide screen: the JPEG
    # <img> of that size gives the width and height attributes, so the browser
    # reserves the right space before the image arrives.
    resize: str
    # Must match static/css/site.css, or browsers download the wrong width.
    sizes: str

    @cached_property
    def filter_specs(self):
        return Filter.expand_spec(f"{FORMATS}|{self.resize}")

    @cached_property
    def filters(self):
        # Made once: a Filter parses its spec into operations on first use,
        # which a new Filter per picture would repeat for every picture.
        return tuple(Filter(spec=spec) for spec in self.filter_specs)


PRESETS = {
    # A picture in the text column: at most 50rem wide, else the width of the
    # screen minus the 1rem padding of .wrap on both sides.
    "content": Preset(
        resize="width-{800,400,1200}", sizes="(min-width: 52rem) 50rem, calc(100vw - 2rem)"
    ),
    # A round contact photo, 6rem square (.person img); 192 pixels for sharp screens.
    "portrait": Preset(resize="fill-{96x96,192x192}", sizes="6rem"),
}


def preset(name):
    try:
        return PRESETS[name]
    except KeyError:
        raise ValueError(f"Unknown image preset {name!r}; choose from {sorted(PRESETS)}") from None


def _without_duplicate_widths(renditions):
    # An upload narrower than a requested width is not enlarged, so two specs
    # can give the same width: a srcset must not list a width twice.
    seen = set()
    unique = {}
    for spec, rendition in renditions.items():
        key = (spec.split("|")[0], rendition.width)
        if key not in seen:
            seen.add(key)
            unique[spec] = rendition
    return unique


def responsive_picture(image, preset_name, *, alt=None, lazy=False):
    """``<picture>`` HTML for ``image``: AVIF and WebP sources, a JPEG ``<img>``
    with ``srcset``, ``sizes``, ``width`` and ``height``.

    ``alt=None`` keeps Wagtail's alt text (the editor's description, or the
    alt text of an image block); ``alt=""`` marks a decorative image. ``lazy``
    is for images below the fold: the browser fetches them only when needed.
    """
    if not image:
        return ""
    chosen = preset(preset_name)
    renditions = get_renditions_or_not_found(image, chosen.filters)
    attrs = {"sizes": chosen.sizes, "decoding": "async"}
    if lazy:
        attrs["loading"] = "lazy"
    if alt is not None:
        attrs["alt"] = alt
    return Picture(_without_duplicate_widths(renditions), attrs).__html__()


def rendition_prefetch(lookup, preset_name):
    """Prefetch the renditions of ``preset_name`` for the image at ``lookup``
    (for example ``"photo"``), so a list of pictures costs one query, not one each."""
    Rendition = get_image_model().get_rendition_model()
    return Prefetch(
        f"{lookup}__renditions",
        queryset=Rendition.objects.filter(filter_spec__in=preset(preset_name).filter_specs),
        to_attr="prefetched_renditions",
    )
