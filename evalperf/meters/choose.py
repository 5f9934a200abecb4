"""Choosing a meter: probe the requested one in the sandbox, or fall back for `auto`."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from evalperf.errors import ConfigError, MeterError
from evalperf.meters.spec import METER_NAMES, PROBE_WALL_S
from evalperf.sandbox.base import Limits, Sandbox

_PROBE_SOLUTION = "def probe(n):\n    return sum(i * i for i in range(n))\n"
_PROBE_GENERATOR = "def generate(seed, scale):\n    return [scale]\n"


@dataclass(frozen=True)
class MeterChoice:
    """The meter that will measure, and what was tried before it."""

    name: str
    warnings: tuple[str, ...] = ()
    tried: dict[str, str] = field(default_factory=dict)


def meter_payload(meter: str, region_library: str | None) -> dict[str, Any]:
    """The meter fields of a profile job."""
    payload: dict[str, Any] = {"meter": meter}
    if meter == "valgrind":
        payload["region_library"] = region_library
    return payload


def probe(sandbox: Sandbox, meter: str, region_library: str | None) -> str | None:
    """Run a tiny profile job under ``meter``; None if it measured, else why not."""
    payload = {
        "kind": "profile",
        **meter_payload(meter, region_library),
        "solution": _PROBE_SOLUTION,
        "entry_point": "probe",
        "generator": _PROBE_GENERATOR,
        "levels": [{"seed": 0, "scale": 2000}],
        "limits": Limits(wall_s=PROBE_WALL_S, cpu_s=PROBE_WALL_S).to_json(),
    }
    result = sandbox.run(payload)
    if result.status != "ok":
        detail = result.message or result.stderr.strip()[-300:] or result.status
        return detail
    levels = result.levels
    if len(levels) != 1 or not isinstance(levels[0].get("cost"), (int, float)) or levels[0]["cost"] <= 0:
        return f"the probe returned no cost ({levels!r:.200})"
    return None


def choose_meter(sandbox: Sandbox, requested: str, region_library: str | None) -> MeterChoice:
    """Probe ``requested`` (or perf, valgrind, time in turn for ``auto``) inside ``sandbox``."""
    if requested not in METER_NAMES:
        raise ConfigError(f"unknown meter {requested!r}; choose one of {', '.join(METER_NAMES)}")
    if requested != "auto":
        problem = probe(sandbox, requested, region_library)
        if problem is not None:
            raise MeterError(f"the {requested} meter does not work here: {problem}")
        return MeterChoice(requested)
    tried: dict[str, str] = {}
    for candidate in ("perf", "valgrind"):
        if candidate == "valgrind" and region_library is None:
            tried[candidate] = "no region library (see `evalperf doctor`)"
            continue
        problem = probe(sandbox, candidate, region_library)
        if problem is None:
            return MeterChoice(candidate, tried=tried)
        tried[candidate] = problem
    warning = (
        "no instruction counter works here ("
        + "; ".join(f"{k}: {v}" for k, v in tried.items())
        + "); falling back to the noisy `time` meter"
    )
    return MeterChoice("time", warnings=(warning,), tried=tried)
