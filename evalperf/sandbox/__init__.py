"""Sandboxes: where candidate code runs. One small interface, providers registered by name."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from evalperf.sandbox.base import JobResult, Limits, Sandbox, SandboxSettings

if TYPE_CHECKING:
    from evalperf.sandbox.providers import create_sandbox, sandbox_names

__all__ = ["JobResult", "Limits", "Sandbox", "SandboxSettings", "create_sandbox", "sandbox_names"]


def __getattr__(name: str) -> Any:
    # Loading the providers imports the Docker SDK: done on first use, so that importing any
    # evalperf.sandbox module for its types stays light.
    if name in ("create_sandbox", "sandbox_names"):
        from evalperf.sandbox import providers

        return getattr(providers, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
