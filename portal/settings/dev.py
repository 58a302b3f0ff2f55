"""Local development: DEBUG on, a throwaway secret, e-mail printed to the console."""

from . import env
from .base import *  # noqa: F403

DEBUG = env.boolean("DEBUG", True)
SECRET_KEY = env.string("SECRET_KEY", "dev-only-not-secret-change-me")  # noqa: S105
EMAIL_BACKEND = env.string("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
# One process is enough on a laptop: tasks run at once unless TASKS_BACKEND says
# otherwise (set it to django_tasks_db.DatabaseBackend and run `manage.py db_worker`).
TASKS = {
    "default": {
        "BACKEND": env.string("TASKS_BACKEND", "django_tasks.backends.immediate.ImmediateBackend")
    }
}
