"""Sandboxes: where candidate code runs. One small interface, providers registered by name."""

from evalperf.sandbox.base import JobResult, Limits, Sandbox, SandboxSettings, create_sandbox, sandbox_names

__all__ = ["JobResult", "Limits", "Sandbox", "SandboxSettings", "create_sandbox", "sandbox_names"]
