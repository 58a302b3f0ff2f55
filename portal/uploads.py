"""Image uploads: a damaged or oversized image gets a clear message instead of an error page.

Wagtail checks an uploaded image's size, format and pixel count
(WAGTAILIMAGES_* settings), but to count the pixels Willow decodes the whole
image. Two gaps are closed here:

* Pillow's own decompression-bomb limit is tied to ours
  (:func:`limit_image_decoding`), so an image with too many pixels is refused
  from its header, before it is unpacked into memory;
* a file that starts like an image but is damaged (truncated) makes Pillow
  raise OSError while Wagtail validates, which would be a server error: the
  upload form turns it into a validation message (:class:`ImageForm`).
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

from PIL import Image as PILImage


def limit_image_decoding():
    """Make Pillow refuse images above WAGTAILIMAGES_MAX_IMAGE_PIXELS before decoding them.

    Pillow warns above MAX_IMAGE_PIXELS and raises above twice that; Wagtail
    turns the error into its "too many pixels" message.
    """
    PILImage.MAX_IMAGE_PIXELS = settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS // 2


DAMAGED_IMAGE = _("This image is damaged or incomplete. Save it again and upload it anew.")


class CheckedImageField(WagtailImageField):
    def to_python(self, data):
        try:
            return super().to_python(data)
        except (OSError, SyntaxError) as exc:
            # Pillow's signals for a damaged file; SyntaxError is its "broken PNG".
            raise ValidationError(DAMAGED_IMAGE, code="damaged_image") from exc


class ImageForm(BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # get_image_form() builds the file field with a callback settings cannot
        # replace; the subclass only adds the damaged-file check, so swapping
        # the class keeps everything Wagtail configured on the field.
        if isinstance(self.fields.get("file"), WagtailImageField):
            self.fields["file"].__class__ = CheckedImageField
