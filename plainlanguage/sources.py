"""Which texts residents read, per page type, and how to get them as plain text.

``RESIDENT_TEXTS`` is the one place that says which fields are checked: the
panel in the editor, the warning on save and the demo-content test all read it.
A field may be plain text, rich text or a StreamField (its text, rich text and
heading blocks are read; choices, links and images are not). Child rows, such as
an idea's feedback updates, are checked row by row.

The texts of a page are taken from an edit form when there is one, so the
editor sees findings for what they typed, saved or not; otherwise from the
page object (a saved revision, or what was just saved).
"""

from dataclasses import dataclass, field
from html.parser import HTMLParser

from django.utils.text import capfirst
from django.utils.translation import gettext

from wagtail import blocks
from wagtail.blocks import StreamValue
from wagtail.rich_text import RichText


@dataclass(frozen=True)
class Fields:
    """The resident-facing fields of one model, and of its child rows."""

    fields: tuple
    children: dict = field(default_factory=dict)  # relation name -> tuple of fields


RESIDENT_TEXTS = {
    "pages.homepage": Fields(("intro",)),
    "pages.neighbourhoodindexpage": Fields(("intro",)),
    "pages.neighbourhoodpage": Fields(("intro",), {"contact_people": ("role", "where_and_when")}),
    "pages.neighbourhoodupdatepage": Fields(("title", "summary", "body")),
    "pages.eventpage": Fields(("title", "food_and_drink", "payment_details", "description")),
    "pages.standardpage": Fields(("title", "summary", "body")),
    "feedback.ideaindexpage": Fields(("intro",)),
    "feedback.ideapage": Fields(
        ("title", "summary", "next_steps"), {"updates": ("message", "reason")}
    ),
}

DUTCH = "nl"


def fields_for(model):
    """The resident-facing fields of a model class, or None when it has none."""
    return RESIDENT_TEXTS.get(model._meta.label_lower)


def is_checked(obj):
    """Whether the plain-language checker applies: a listed model, in Dutch.

    The checker knows Dutch only; translations are checked by their translators.
    """
    if fields_for(type(obj)) is None:
        return False
    if getattr(obj, "locale_id", None) is None:
        return True  # not translatable, or a new page not yet given its locale
    return obj.locale.language_code.split("-")[0] == DUTCH


@dataclass(frozen=True)
class ResidentText:
    """One field's text, as plain text with a line break between blocks."""

    key: str
    label: str
    text: str


# -- from objects and forms -------------------------------------------------------


def texts_of(obj):
    """The resident-facing texts of a page (or other listed object)."""
    spec = fields_for(type(obj))
    if spec is None:
        return []
    texts = _own_texts(obj, spec)
    for relation, names in spec.children.items():
        texts += _child_texts(relation, list(getattr(obj, relation).all()), names)
    return texts


def texts_of_form(form):
    """The texts in an edit form: what the editor typed where it is valid.

    Call ``form.is_valid()`` first on a bound form: that copies the valid
    values onto ``form.instance`` and onto each child row's instance.
    """
    obj = form.instance
    spec = fields_for(type(obj))
    if spec is None:
        return []
    texts = _own_texts(obj, spec)
    formsets = getattr(form, "formsets", {})
    for relation, names in spec.children.items():
        formset = formsets.get(relation)
        if formset is None:
            rows = list(getattr(obj, relation).all())
        else:
            rows = [child.instance for child in formset.forms if _is_kept(formset, child)]
        texts += _child_texts(relation, rows, names)
    return texts


def _is_kept(formset, child):
    """Rows the editor keeps: not marked for deletion, and not an empty extra row."""
    if not formset.is_bound:
        return True
    if getattr(child, "cleaned_data", {}).get("DELETE"):
        return False
    return child.instance.pk is not None or child.has_changed()


def _own_texts(obj, spec):
    texts = []
    for name in spec.fields:
        text = plain_text(getattr(obj, name, ""))
        if text.strip():
            texts.append(ResidentText(name, _label(type(obj), name), text))
    return texts


def _child_texts(relation, rows, names):
    texts = []
    for number, row in enumerate(rows, start=1):
        row_name = capfirst(type(row)._meta.verbose_name)
        for name in names:
            text = plain_text(getattr(row, name, ""))
            if text.strip():
                label = gettext("%(row)s %(number)d: %(field)s") % {
                    "row": row_name,
                    "number": number,
                    "field": type(row)._meta.get_field(name).verbose_name,
                }
                texts.append(ResidentText(f"{relation}-{number - 1}-{name}", label, text))
    return texts


def _label(model, name):
    return capfirst(model._meta.get_field(name).verbose_name)


# -- plain text ---------------------------------------------------------------------


def plain_text(value):
    """Text of a field value: a string, rich text (HTML) or a StreamField."""
    if value is None:
        return ""
    if isinstance(value, StreamValue):
        return "\n".join(part for child in value for part in _block_texts(child.block, child.value))
    if isinstance(value, RichText):
        return html_to_text(value.source)
    value = str(value)
    return html_to_text(value) if "<" in value else value


def _block_texts(block, value):
    if value is None:
        return
    if isinstance(block, blocks.RichTextBlock):
        yield html_to_text(value.source if isinstance(value, RichText) else str(value))
    elif isinstance(block, (blocks.CharBlock, blocks.TextBlock)):
        if str(value).strip():
            yield str(value)
    elif isinstance(block, blocks.StructBlock):
        for name, child_block in block.child_blocks.items():
            yield from _block_texts(child_block, value.get(name))
    elif isinstance(block, blocks.ListBlock):
        for item in value:
            yield from _block_texts(block.child_block, item)
    elif isinstance(block, blocks.StreamBlock):
        for child in value:
            yield from _block_texts(child.block, child.value)


_BLOCK_TAGS = {
    "p", "li", "ul", "ol", "br", "div", "blockquote",
    "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th",
}  # fmt: skip


class _TextExtractor(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []

    def handle_starttag(self, tag, attrs):
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data):
        self.parts.append(data)


def html_to_text(html):
    """Text of an HTML fragment, with a line break for each paragraph or list item."""
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line)
