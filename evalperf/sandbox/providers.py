"""Every sandbox provider, loaded: ``create_sandbox`` and ``sandbox_names`` for the rest of evalperf.

This module sits above the providers and the registry they fill in, and imports all of them,
so that asking for a provider never depends on what happened to be imported before. It
pulls in the Docker SDK: modules that only need the types import evalperf.sandbox.base.
"""

from __future__ import annotations

from evalperf.sandbox import docker_pool, local  # noqa: F401  (importing a provider registers it)
from evalperf.sandbox.base import Sandbox, SandboxSettings
from evalperf.sandbox.registry import provider, registered_names


def sandbox_names() -> list[str]:
    """Names of the sandbox providers."""
    return registered_names()


def create_sandbox(name: str, settings: SandboxSettings) -> Sandbox:
    """A new, not yet started sandbox of the provider ``name`` (ConfigError naming the choices if unknown)."""
    return provider(name)(settings)
