from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = "Meedoen"

    def ready(self):
        from .uploads import limit_image_decoding

        limit_image_decoding()
