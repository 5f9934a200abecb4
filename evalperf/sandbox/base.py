"""The Sandbox interface and the job/result types.

A sandbox runs jobs (JSON payloads the in-sandbox supervisor understands, see
evalperf/_runner/supervisor.py) and returns one JobResult per job. Providers register under
a name in evalperf.sandbox.registry; evalperf.sandbox.create_sandbox("nope") answers with
the list of names. This module imports neither (but for the transitional aliases at its end).
"""

from __future__ import annotations

import abc
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any

from evalperf.environment import Machines, this_machine

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
    refused: dict[str, int] = field(default_factory=dict)  # operations refused to the code, by reason
    load_cost: float | None = None  # the module's own execution, measured before the calls
    cpu_s: float | None = None  # CPU seconds of the measuring process (valgrind zygote's sample)
    capped: dict[str, Any] | None = None  # stopped at the cost cap: {"partial": count, "cpu_s": cap}
    load_below_resolution: bool = False  # `time` meter: load_cost is the bound the module's execution is under

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
            refused=_refusals(response.get("refused")),
            load_cost=_number(response.get("load_cost")),
            cpu_s=_number(response.get("cpu_s")),
            capped=dict(response["capped"]) if isinstance(response.get("capped"), dict) else None,
            load_below_resolution=response.get("load_below_resolution") is True,
        )


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) and value >= 0 else None


def _refusals(value: Any) -> dict[str, int]:
    # read defensively: only str reasons with non-negative int counts are kept
    if not isinstance(value, dict):
        return {}
    return {k: v for k, v in value.items() if isinstance(k, str) and type(v) is int and v >= 0}


@dataclass(frozen=True)
class SandboxSettings:
    """What every provider needs to start: worker count, default limits, where CPUs are claimed, the pin."""

    workers: int = 1
    limits: Limits = Limits()
    cpu_lock_dir: Path | None = None  # None: the host-wide directory (evalperf.sandbox.cpus.CPU_LOCK_DIR)
    cpu_pin: str | None = None  # the CPU features pinned for the measured code (evalperf.sandbox.pinning)


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

    def host_timeout(self, payload: dict[str, Any]) -> float:
        """The job's wall limit (the sandbox's default filled into ``payload``) plus the host's slack."""
        limits = payload.setdefault("limits", self.settings.limits.to_json())
        return float(limits.get("wall_s", self.settings.limits.wall_s)) + HOST_SLACK_S

    @abc.abstractmethod
    def describe(self) -> dict[str, Any]:
        """What identifies this sandbox in results: kind, image, Python version inside."""

    @abc.abstractmethod
    def region_library(self) -> str:
        """Path, as seen inside the sandbox, of the valgrind meter's region library.

        Raises MeterError when it cannot be provided.
        """

    def placement(self) -> dict[str, Any]:
        """Where this run's workers are: CPUs (and uids), which differ from run to run.

        Kept out of describe(), which goes into the results' environment record, since a
        resumed run must produce the same document as an uninterrupted one.
        """
        return {}

    def warnings(self) -> list[str]:
        """What the user should hear about this sandbox (say, a CPU shared with another run)."""
        return []

    def machines(self) -> Machines:
        """The CPUs the jobs run on: this machine's (a cluster's sandbox answers for its workers)."""
        return this_machine()

    def __enter__(self) -> Sandbox:
        self.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
