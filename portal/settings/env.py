"""Typed reading of settings from the environment.

Every variable read here is listed in the README's table. Values that must be
secret in production have no default there: :func:`required` stops the start.
"""

import math
import os

from django.core.exceptions import ImproperlyConfigured

TRUE_WORDS = {"1", "true", "yes", "on"}
FALSE_WORDS = {"0", "false", "no", "off", ""}


def string(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


def required(name: str) -> str:
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"Set the environment variable {name}; it has no default here.")
    return value


def boolean(name: str, default: bool = False) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    word = raw.strip().lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not {raw!r}.")


def integer(name: str, default: int, minimum: int | None = None) -> int:
    return _number(name, default, int, "a whole number", minimum)


def number(name: str, default: float, minimum: float | None = None) -> float:
    return _number(name, default, float, "a number", minimum)


def _number(name, default, kind, described, minimum):
    raw = os.environ.get(name)
    if raw is None or not raw.strip():
        return default
    try:
        value = kind(raw)
        if not math.isfinite(value):  # "nan", "inf": floats, but no setting's value
            raise ValueError(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be {described}, not {raw!r}.") from None
    if minimum is not None and value < minimum:
        raise ImproperlyConfigured(f"{name} must be {minimum} or more, not {raw!r}.")
    return value


def strings(name: str, default: list[str] | None = None) -> list[str]:
    raw = os.environ.get(name)
    if raw is None:
        return list(default or [])
    return [part.strip() for part in raw.split(",") if part.strip()]
