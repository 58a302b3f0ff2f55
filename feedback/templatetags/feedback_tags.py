"""Status labels that do not rely on colour alone: each has its own symbol."""

from django import template
from django.utils.html import format_html

register = template.Library()

STATUS_ICONS = {
    "received": "●",
    "under_review": "…",
    "planned": "→",
    "in_progress": "⚒",
    "done": "✓",
    "not_doing": "✕",
    "on_hold": "‖",
    "referred": "↪",
    "merged": "⇉",
}


@register.filter
def status_icon(status):
    return STATUS_ICONS.get(str(status), "●")


@register.simple_tag
def status_label(status, label):
    """A status in words with its symbol, so it never relies on colour alone:
    ``{% status_label idea.status idea.get_status_display %}``."""
    return format_html(
        '<span class="status status--{}"><span class="status__icon" aria-hidden="true">{}</span>'
        " {}</span>",
        status,
        status_icon(status),
        label,
    )
