from django.apps import AppConfig


class PageCacheConfig(AppConfig):
    name = "pagecache"
    verbose_name = "Page cache"

    def ready(self):
        from . import cdn, checks, invalidation  # noqa: F401  (checks register themselves)

        invalidation.connect()
        cdn.connect()
