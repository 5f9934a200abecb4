"""A job's limits as the runner applies them, and what a killed worker's signal means (stdlib only).

Shared by the supervisor's forked workers and the valgrind zygote's sample children, so the two
paths limit alike and tell a timeout from an out-of-memory kill alike.
"""

from __future__ import annotations

import os
import resource
import signal

DEFAULT_LIMITS = {
    "wall_s": 10.0,
    "cpu_s": 10.0,
    "memory_mb": 1024,
    "fsize_mb": 16,
    "nproc": 256,
    "output_bytes": 65536,
}
MEMORY_KILL_FRACTION = 0.5  # a SIGKILL nobody here sent, with RSS above this share of the limit: OOM


def job_limits(job: dict) -> dict:  # type: ignore[type-arg]
    """The job's limits, defaults filled in."""
    return {**DEFAULT_LIMITS, **job.get("limits", {})}


def rlimits(limits: dict) -> list[tuple[int, tuple[int, int]]]:  # type: ignore[type-arg]
    """The rlimits of a worker: CPU, file size, no core, and processes unless root.

    Memory is not among them: forked workers add RLIMIT_DATA themselves (see the supervisor), and
    under valgrind the RSS is watched from outside.
    """
    cpu = max(1, int(float(limits["cpu_s"]) + 0.999))
    fsize = int(limits["fsize_mb"] * 1024 * 1024)
    pairs = [
        (resource.RLIMIT_CPU, (cpu, cpu + 1)),
        (resource.RLIMIT_FSIZE, (fsize, fsize)),
        (resource.RLIMIT_CORE, (0, 0)),
    ]
    if os.getuid() != 0:  # root ignores RLIMIT_NPROC; Docker's pids limit covers that case
        nproc = int(limits["nproc"])
        pairs.append((resource.RLIMIT_NPROC, (nproc, nproc)))
    return pairs


def killed(sig: int, limits: dict, elapsed_s: float, peak_rss: int) -> tuple[str, str]:  # type: ignore[type-arg]
    """Status and message of a worker ended by signal ``sig``."""
    if sig == signal.SIGXCPU or (sig == signal.SIGKILL and elapsed_s >= limits["cpu_s"]):
        return "timeout", f"CPU-time limit of {limits['cpu_s']:g} s reached"
    if sig == signal.SIGKILL and peak_rss >= MEMORY_KILL_FRACTION * int(limits["memory_mb"]) * 1024 * 1024:
        return "memory", "killed (SIGKILL) near the memory limit"
    if sig == signal.SIGXFSZ:
        return "error", "file-size limit reached (SIGXFSZ)"
    name = signal.Signals(sig).name if sig in signal.Signals._value2member_map_ else str(sig)
    return "error", f"the worker was killed by signal {name}"
