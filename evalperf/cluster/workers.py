"""What each Dask worker reports about itself, and which workers one run may mix.

A count depends on the measuring code (the runner), the sandbox (image, Python build, valgrind),
the CPU pin and, without a pin, the CPU's feature flags (glibc picks its routines by them:
evalperf.sandbox.pinning). A run's workers must agree on all of these: check_workers refuses a
mix before any job runs, and every job carries the identity its worker must have
(run_identity), so a worker that joins later with another one refuses the job instead of
measuring it differently. Nothing here imports Dask.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from evalperf.environment import Machines
from evalperf.errors import ConfigError
from evalperf.sandbox.pinning import check_pinnable

# The parts of a sandbox's description a count depends on (not the image id, which differs
# between machines that each built the same image, nor where Python is installed).
SANDBOX_IDENTITY_KEYS = ("kind", "image", "python", "python_build", "valgrind", "cpu_pin")
MAX_FLAGS_SHOWN = 12


@dataclass(frozen=True)
class WorkerReport:
    """One worker, as it describes itself once its sandbox is open."""

    address: str
    host: str
    cpu_model: str
    flags: tuple[str, ...]  # the CPU's feature flags, sorted
    flags_digest: str
    machine: str  # platform.machine()
    evalperf: str  # evalperf's version on the worker
    runner: str  # digest of its in-sandbox runner (evalperf.environment.runner_digest)
    sandbox: dict[str, Any] = field(default_factory=dict)  # its sandbox's describe()
    region_library: str | None = None  # the valgrind region library's path in its sandbox
    warnings: tuple[str, ...] = ()  # its sandbox's warnings (a CPU shared with another run)
    nthreads: int = 1  # the Dask worker's threads: one job slot, so one

    @property
    def pinned(self) -> bool:
        """Its sandbox runs the measured code with the CPU features pinned."""
        return self.sandbox.get("cpu_pin") is not None


def run_identity(report: WorkerReport) -> str:
    """What must be equal between the workers of one run, as a digest.

    The flags count only without a pin: the pin is what makes them not matter.
    """
    body = {
        "runner": report.runner,
        "machine": report.machine,
        "sandbox": {key: report.sandbox.get(key) for key in SANDBOX_IDENTITY_KEYS},
        "flags": None if report.pinned else report.flags_digest,
    }
    return hashlib.sha256(json.dumps(body, sort_keys=True).encode()).hexdigest()[:16]


def _where(reports: Sequence[WorkerReport]) -> str:
    return ", ".join(sorted(r.address for r in reports))


def check_workers(reports: Sequence[WorkerReport], runner: str) -> str:
    """The run's identity when ``reports`` may measure one run together; else ConfigError saying why.

    ``runner``: the client's runner digest (a worker with another evalperf measures otherwise).
    """
    if not reports:
        raise ConfigError("the cluster has no worker")
    threaded = [r for r in reports if r.nthreads != 1]
    if threaded:
        raise ConfigError(
            f"Dask worker(s) {_where(threaded)} run {max(r.nthreads for r in threaded)} threads, but each owns one "
            "sandbox slot and runs one job at a time: start workers with --nthreads 1 (and --nworkers N for N slots)"
        )
    foreign = [r for r in reports if r.runner != runner]
    if foreign:
        versions = sorted({r.evalperf for r in foreign})
        raise ConfigError(
            f"worker(s) {_where(foreign)} run another evalperf (version {', '.join(versions)}, another in-sandbox "
            "runner) than this client: its counts would differ; install the same evalperf everywhere"
        )
    for report in reports:
        if report.pinned:
            check_pinnable(report.machine)
    sandboxes: dict[str, list[WorkerReport]] = {}
    for report in reports:
        described = json.dumps({k: report.sandbox.get(k) for k in SANDBOX_IDENTITY_KEYS}, sort_keys=True)
        sandboxes.setdefault(described, []).append(report)
    if len(sandboxes) > 1:
        kinds = "; ".join(f"{_where(group)}: {described}" for described, group in sorted(sandboxes.items()))
        raise ConfigError(
            f"the cluster's workers measure in different sandboxes ({kinds}): one run needs one sandbox "
            "image, Python and valgrind on every worker. Nothing was run"
        )
    if not reports[0].pinned:
        by_flags: dict[str, list[WorkerReport]] = {}
        for report in reports:
            by_flags.setdefault(report.flags_digest, []).append(report)
        if len(by_flags) > 1:
            raise ConfigError(_mixed_flags_message(list(by_flags.values())))
    return run_identity(reports[0])


def _mixed_flags_message(groups: list[list[WorkerReport]]) -> str:
    kinds = "; ".join(f"{_where(group)}: {group[0].cpu_model} (flags {group[0].flags_digest})" for group in groups)
    every = [frozenset(group[0].flags) for group in groups]
    differing = sorted(frozenset().union(*every) - every[0].intersection(*every[1:]))
    shown = ", ".join(differing[:MAX_FLAGS_SHOWN]) + (
        f" and {len(differing) - MAX_FLAGS_SHOWN} more" if len(differing) > MAX_FLAGS_SHOWN else ""
    )
    return (
        f"the cluster's workers have CPUs with different feature flags ({kinds}; differing: {shown}). glibc "
        "picks its routines by them, so their instruction counts differ and one run must not mix them: pin the "
        "CPU features (the default on a cluster: leave out --no-pin-cpu-features) or use workers of one kind. "
        "Nothing was run"
    )


def machines_of(reports: Sequence[WorkerReport]) -> Machines:
    """The distinct CPUs among ``reports`` (for the results' environment and the measurement key)."""
    return Machines(
        models=tuple(sorted({r.cpu_model for r in reports})),
        flags=tuple(sorted({r.flags_digest for r in reports})),
        arch=",".join(sorted({r.machine for r in reports})),
    )


def common_sandbox(reports: Sequence[WorkerReport]) -> dict[str, Any]:
    """The sandbox description of the run: the workers' (equal where it matters, check_workers)."""
    described = dict(reports[0].sandbox)
    image_ids = sorted({str(r.sandbox.get("image_id")) for r in reports if r.sandbox.get("image_id")})
    if len(image_ids) > 1:  # the same image built on several machines
        described["image_id"] = ",".join(image_ids)
    return described
