from django.conf import settings
from django.core.checks import Warning, register

LOCAL_MEMORY = "django.core.cache.backends.locmem.LocMemCache"


@register()
def page_cache_is_shared(app_configs, **kwargs):
    """A page cache in local memory is cleared only in the process that saw the change."""
    if not getattr(settings, "PAGE_CACHE", False) or settings.DEBUG:
        return []
    if settings.CACHES["default"]["BACKEND"] != LOCAL_MEMORY:
        return []
    return [
        Warning(
            "PAGE_CACHE is on with a cache in local memory.",
            hint=(
                "Each app server process keeps its own copy, and publishing clears only "
                "the copy of the process that handled it. Set REDIS_URL, or PAGE_CACHE=false."
            ),
            id="pagecache.W001",
        )
    ]
