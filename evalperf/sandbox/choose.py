"""Resolving `--sandbox auto`: Docker when it can run, never silently the local sandbox."""

from __future__ import annotations

from evalperf.errors import ConfigError, SandboxError


def resolve_sandbox(requested: str) -> str:
    """The provider name to use for ``requested`` (auto, local, docker)."""
    # imported here: loading the providers imports the Docker SDK, which `import evalperf` avoids
    from evalperf.sandbox.providers import sandbox_names

    names = sandbox_names()
    if requested != "auto":
        if requested not in names:
            raise ConfigError(f"unknown sandbox {requested!r}; choose one of auto, {', '.join(names)}")
        return requested
    if "docker" in names:
        from evalperf.sandbox.docker_pool import docker_ready

        problem = docker_ready()
        if problem is None:
            return "docker"
        raise SandboxError(
            f"--sandbox auto needs Docker: {problem}. "
            "To run the code on this machine without isolation instead, pass --sandbox local explicitly."
        )
    raise SandboxError(
        "--sandbox auto needs the Docker sandbox, which is not available in this installation. "
        "To run the code on this machine without isolation instead, pass --sandbox local explicitly."
    )
