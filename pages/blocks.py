"""StreamField blocks. Every page body offers the same set (``BodyBlock``).

Each block has a template in ``templates/blocks/``, an icon, a description for
the block chooser and a ``preview_value`` so editors see what they pick.
"""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.images.blocks import ImageBlock

PLAIN_RICH_TEXT = ["bold", "italic", "link", "ol", "ul"]

SPEAKER_ROLES = [
    ("resident", _("resident")),
    ("key_person", _("key person")),
    ("policy_adviser", _("policy adviser")),
    ("district_worker", _("district office worker")),
    ("volunteer_coordinator", _("volunteer organisation coordinator")),
    ("professional", _("professional")),
]

CALLOUT_KINDS = [
    ("tip", _("Tip")),
    ("important", _("Important")),
    ("info", _("Good to know")),
]


class SectionHeadingMixin:
    """Sections with a heading feed the chapter's table of contents."""

    def toc_heading(self, value):
        return value.get("heading") or value.get("name") or ""


class TextSectionBlock(SectionHeadingMixin, blocks.StructBlock):
    heading = blocks.CharBlock(required=False, max_length=120, label=_("Heading"))
    text = blocks.RichTextBlock(features=PLAIN_RICH_TEXT, label=_("Text"))

    class Meta:
        template = "blocks/text_section.html"
        icon = "pilcrow"
        label = _("Text")
        description = _("A section of running text, with an optional heading.")
        preview_value = {
            "heading": "Waarom meedoen?",
            "text": "<p>Inwoners weten zelf het beste wat er speelt in hun wijk.</p>",
        }


class WhatIsItBlock(SectionHeadingMixin, blocks.StructBlock):
    heading = blocks.CharBlock(default=_("What is it?"), max_length=120, label=_("Heading"))
    text = blocks.RichTextBlock(features=PLAIN_RICH_TEXT, label=_("Explanation"))

    class Meta:
        template = "blocks/what_is_it.html"
        icon = "help"
        label = _("What is it")
        description = _("Explains in a few sentences what an approach is.")
        preview_value = {
            "heading": "Wat is het?",
            "text": "<p>Een informatiemarkt brengt hulp naar de wijk.</p>",
        }


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(required=False, max_length=120, label=_("Step title"))
    text = blocks.TextBlock(label=_("What to do"))

    class Meta:
        icon = "list-ol"
        label = _("Step")


class StepsBlock(SectionHeadingMixin, blocks.StructBlock):
    heading = blocks.CharBlock(default=_("How to do it"), max_length=120, label=_("Heading"))
    intro = blocks.TextBlock(required=False, label=_("Introduction"))
    steps = blocks.ListBlock(StepBlock(), min_num=1, label=_("Steps"))

    class Meta:
        template = "blocks/steps.html"
        icon = "list-ol"
        label = _("Numbered steps")
        description = _("Steps to follow, shown as a numbered list.")
        preview_value = {
            "heading": "Hoe doe je het?",
            "steps": [
                {"title": "", "text": "Zoek een plek in de wijk."},
                {"title": "", "text": "Nodig mensen persoonlijk uit."},
            ],
        }


class TipsBlock(SectionHeadingMixin, blocks.StructBlock):
    heading = blocks.CharBlock(default=_("Tips"), max_length=120, label=_("Heading"))
    numbered = blocks.BooleanBlock(required=False, default=True, label=_("Number the tips"))
    tips = blocks.ListBlock(blocks.TextBlock(label=_("Tip")), min_num=1, label=_("Tips"))

    class Meta:
        template = "blocks/tips.html"
        icon = "tip"
        label = _("Tips")
        description = _("A list of practical tips.")
        preview_value = {"heading": "Tips", "numbered": True, "tips": ["Zorg voor koffie."]}


class ResidentExperienceBlock(SectionHeadingMixin, blocks.StructBlock):
    heading = blocks.CharBlock(
        default=_("What do residents experience?"), max_length=120, label=_("Heading")
    )
    items = blocks.ListBlock(blocks.TextBlock(label=_("Experience")), min_num=1)

    class Meta:
        template = "blocks/experience.html"
        icon = "group"
        label = _("What residents experience")
        description = _("How an approach feels for residents, as a short list.")
        preview_value = {"heading": "Wat ervaren inwoners?", "items": ["Een plek dicht bij huis."]}


class QuoteValue(blocks.StructValue):
    def role_label(self):
        return dict(SPEAKER_ROLES).get(self.get("role"), "")


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quote"))
    role = blocks.ChoiceBlock(choices=SPEAKER_ROLES, label=_("Speaker's role"))
    context = blocks.CharBlock(
        required=False,
        max_length=200,
        label=_("Context"),
        help_text=_("Optional: about what or whom the speaker talks."),
    )

    class Meta:
        template = "blocks/quote.html"
        value_class = QuoteValue
        icon = "openquote"
        label = _("Quote")
        description = _("What someone said, with their role. Never a resident's name.")
        preview_value = {"text": "Durf gewoon te praten.", "role": "resident", "context": ""}


class MethodStepBlock(blocks.StructBlock):
    label = blocks.CharBlock(max_length=60, label=_("Label"), help_text=_("For example: Step 1"))
    text = blocks.TextBlock(label=_("Text"))

    class Meta:
        icon = "list-ul"


class MethodBlock(SectionHeadingMixin, blocks.StructBlock):
    name = blocks.CharBlock(max_length=120, label=_("Name of the method"))
    intro = blocks.RichTextBlock(features=PLAIN_RICH_TEXT, label=_("Introduction"))
    steps = blocks.ListBlock(MethodStepBlock(), min_num=1, label=_("Steps"))
    outro = blocks.RichTextBlock(features=PLAIN_RICH_TEXT, required=False, label=_("Closing"))

    class Meta:
        template = "blocks/method.html"
        icon = "cogs"
        label = _("Interactive method")
        description = _("A method for a meeting, such as drawing or a timeline, with its steps.")
        preview_value = {
            "name": "Tekenen",
            "intro": "<p>Iedereen kan tekenen, ook wie weinig Nederlands spreekt.</p>",
            "steps": [{"label": "Stap 1", "text": "Stel een vraag en laat mensen tekenen."}],
        }


class CalloutBlock(SectionHeadingMixin, blocks.StructBlock):
    kind = blocks.ChoiceBlock(choices=CALLOUT_KINDS, default="tip", label=_("Kind"))
    heading = blocks.CharBlock(max_length=120, label=_("Heading"))
    text = blocks.RichTextBlock(features=PLAIN_RICH_TEXT, label=_("Text"))

    class Meta:
        template = "blocks/callout.html"
        icon = "warning"
        label = _("Call-out")
        description = _("A framed box that stands out: a tip or something important.")
        preview_value = {
            "kind": "important",
            "heading": "Laat altijd weten wat er met ideeën gebeurt",
            "text": "<p>Ook als er (nog) niets gebeurt. Leg uit waarom.</p>",
        }


class FigureBlock(blocks.StructBlock):
    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(required=False, max_length=250, label=_("Caption"))

    class Meta:
        template = "blocks/figure.html"
        icon = "image"
        label = _("Image")
        description = _("An image with alt text and an optional caption.")


class BodyBlock(blocks.StreamBlock):
    text = TextSectionBlock()
    what_is_it = WhatIsItBlock()
    steps = StepsBlock()
    tips = TipsBlock()
    experience = ResidentExperienceBlock()
    quote = QuoteBlock()
    method = MethodBlock()
    callout = CalloutBlock()
    figure = FigureBlock()

    class Meta:
        template = "blocks/body.html"


def table_of_contents(body):
    """(anchor, heading) pairs for the sections of a body stream that have a heading."""
    entries = []
    for child in body:
        heading_for = getattr(child.block, "toc_heading", None)
        heading = heading_for(child.value) if heading_for else ""
        if heading:
            entries.append((f"section-{child.id}", heading))
    return entries
