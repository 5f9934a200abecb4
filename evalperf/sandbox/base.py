"""The Sandbox interface, the job/result types, and the registry of providers.

A sandbox runs jobs (JSON payloads the in-sandbox supervisor understands, see
evalperf/_runner/supervisor.py) and returns one JobResult per job. Providers register
under a name; ``create_sandbox("nope")`` answers with the list of names.
"""

from __future__ import annotations

import abc
from collections.abc import Callable
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any

from evalperf.errors import ConfigError

STATUSES = ("ok", "error", "timeout", "memory", "meter-error")


@dataclass(frozen=True)
class Limits:
    """Per-job limits, enforced inside the sandbox and again, with slack, from the host."""

    wall_s: float = 10.0
    cpu_s: float = 10.0
    memory_mb: int = 1024
    fsize_mb: int = 16
    nproc: int = 256
    output_bytes: int = 65536

    def to_json(self) -> dict[str, Any]:
        """The limits as the supervisor reads them."""
        return {
            "wall_s": self.wall_s,
            "cpu_s": self.cpu_s,
            "memory_mb": self.memory_mb,
            "fsize_mb": self.fsize_mb,
            "nproc": self.nproc,
            "output_bytes": self.output_bytes,
        }


HOST_SLACK_S = 10.0  # the host kills a sandbox that overruns a job's wall limit by this much


@dataclass(frozen=True)
class JobResult:
    """How one job ended, as the supervisor reported it (or the host, if the sandbox broke)."""

    status: str
    message: str = ""
    outcomes: list[dict[str, Any]] = field(default_factory=list)
    levels: list[dict[str, Any]] = field(default_factory=list)
    info: dict[str, Any] = field(default_factory=dict)
    stdout: str = ""
    stderr: str = ""
    elapsed_s: float = 0.0

    @classmethod
    def from_response(cls, response: dict[str, Any]) -> JobResult:
        """Build from a supervisor response line (already parsed)."""
        status = response.get("status")
        if status not in STATUSES:
            return cls(status="error", message=f"sandbox answered an unknown status {status!r}")
        return cls(
            status=status,
            message=str(response.get("message", "")),
            outcomes=list(response.get("outcomes", [])),
            levels=list(response.get("levels", [])),
            info=dict(response.get("info", {})),
            stdout=str(response.get("stdout", "")),
            stderr=str(response.get("stderr", "")),
            elapsed_s=float(response.get("elapsed_s", 0.0)),
        )


@dataclass(frozen=True)
class SandboxSettings:
    """What every provider needs to start: worker count and the default limits."""

    workers: int = 1
    limits: Limits = Limits()


class Sandbox(abc.ABC):
    """Runs jobs in isolation; use as a context manager so every worker is cleaned up."""

    name: str = ""

    def __init__(self, settings: SandboxSettings) -> None:
        self.settings = settings

    @abc.abstractmethod
    def start(self) -> None:
        """Start the workers (containers, processes); raise SandboxError if impossible."""

    @abc.abstractmethod
    def close(self) -> None:
        """Stop and remove every worker; safe to call twice."""

    @abc.abstractmethod
    def run(self, payload: dict[str, Any], worker: int = 0) -> JobResult:
        """Run one job on worker ``worker`` (0 <= worker < settings.workers) and wait for it."""

    @abc.abstractmethod
    def describe(self) -> dict[str, Any]:
        """What identifies this sandbox in results: kind, image, Python version inside."""

    @abc.abstractmethod
    def region_library(self) -> str:
        """Path, as seen inside the sandbox, of the valgrind meter's region library.

        Raises MeterError when it cannot be provided.
        """

    def __enter__(self) -> Sandbox:
        self.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


_PROVIDERS: dict[str, Callable[[SandboxSettings], Sandbox]] = {}


def register(
    name: str,
) -> Callable[[Callable[[SandboxSettings], Sandbox]], Callable[[SandboxSettings], Sandbox]]:
    """Class decorator: make a provider available under ``name``."""

    def wrap(factory: Callable[[SandboxSettings], Sandbox]) -> Callable[[SandboxSettings], Sandbox]:
        _PROVIDERS[name] = factory
        return factory

    return wrap


def sandbox_names() -> list[str]:
    """Names of the registered providers."""
    _load_providers()
    return sorted(_PROVIDERS)


def create_sandbox(name: str, settings: SandboxSettings) -> Sandbox:
    """A new, not yet started sandbox of the provider ``name``."""
    _load_providers()
    try:
        factory = _PROVIDERS[name]
    except KeyError:
        raise ConfigError(f"unknown sandbox {name!r}; choose one of {', '.join(sorted(_PROVIDERS))}") from None
    return factory(settings)


def _load_providers() -> None:
    # Importing the modules registers them; done lazily so `import evalperf` stays light.
    from evalperf.sandbox import docker_pool, local  # noqa: F401
