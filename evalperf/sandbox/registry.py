"""The registry of sandbox providers: a table from name to factory that the providers fill in.

Each provider module registers itself here (``@register("docker")``) and this module imports
none of them, so there is no import circle. The module that imports every provider, and so
can answer for all of them, is evalperf.sandbox.providers, above both.
"""

from __future__ import annotations

from collections.abc import Callable

from evalperf.errors import ConfigError
from evalperf.sandbox.base import Sandbox, SandboxSettings

Factory = Callable[[SandboxSettings], Sandbox]

_PROVIDERS: dict[str, Factory] = {}


def register(name: str) -> Callable[[Factory], Factory]:
    """Class decorator: make a provider available under ``name``."""

    def wrap(factory: Factory) -> Factory:
        _PROVIDERS[name] = factory
        return factory

    return wrap


def registered_names() -> list[str]:
    """Names of the providers registered so far (evalperf.sandbox.providers registers them all)."""
    return sorted(_PROVIDERS)


def provider(name: str) -> Factory:
    """The factory registered under ``name``; ConfigError listing the choices when there is none."""
    try:
        return _PROVIDERS[name]
    except KeyError:
        raise ConfigError(f"unknown sandbox {name!r}; choose one of {', '.join(sorted(_PROVIDERS))}") from None
