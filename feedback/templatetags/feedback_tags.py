"""Status labels that do not rely on colour alone: each has its own symbol."""

from django import template

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
