from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RolesConfig(AppConfig):
    name = "roles"
    verbose_name = _("Roles")

    def ready(self):
        from . import permissions, signals

        # Before anything asks the registry for these models: Wagtail refuses a
        # policy registered after it has handed out a fallback for the model.
        permissions.register_feedback_policies()
        signals.connect()
