"""``{% responsive_image image "content" %}``: a picture as AVIF, WebP and JPEG renditions.

See pages/images.py for the presets. ``alt=""`` for a decorative image,
``lazy=True`` for one below the fold.
"""

from django import template

from ..images import responsive_picture

register = template.Library()


@register.simple_tag
def responsive_image(image, preset, alt=None, lazy=False):
    return responsive_picture(image, preset, alt=alt, lazy=lazy)
