"""The meters' names, units and constants, named once."""

from __future__ import annotations

from evalperf.sandbox.base import Limits

METER_NAMES = ("auto", "perf", "valgrind", "time")
UNITS = {"perf": "instructions", "valgrind": "instructions", "time": "ns"}
DETERMINISTIC = frozenset({"valgrind"})

# valgrind runs code about 35x slower and needs ~1 s to start; the time meter repeats the call.
VALGRIND_WALL_FACTOR = 40.0
VALGRIND_STARTUP_S = 5.0
TIME_METER_WALL_FACTOR = 20.0
# The meter probe is a tiny job (valgrind + CPython start-up: ~4 CPU-s); its limits are far
# above that so that a loaded machine never makes `auto` give up on a working meter.
PROBE_WALL_S = 600.0
PROBE_CPU_S = 300.0
PROBE_ATTEMPTS = 2  # a probe that timed out, or whose sandbox broke down, is tried once more


def profile_limits(meter: str, base: Limits) -> Limits:
    """Limits of a profiling job under ``meter``, scaled from the check limits ``base``."""
    if meter == "valgrind":
        wall = base.wall_s * VALGRIND_WALL_FACTOR + VALGRIND_STARTUP_S
    elif meter == "time":
        wall = base.wall_s * TIME_METER_WALL_FACTOR
    else:
        wall = base.wall_s
    return Limits(
        wall_s=wall,
        cpu_s=wall,
        memory_mb=base.memory_mb,
        fsize_mb=base.fsize_mb,
        nproc=base.nproc,
        output_bytes=base.output_bytes,
    )
