"""Choosing a meter: probe the requested one in the sandbox, or fall back for `auto`.

A probe is a tiny profile job run under the meter. It has three outcomes: the meter works
(a positive cost came back), it does not work (missing, refused, an error, no cost), or it
did not answer in time (the job timed out, or the sandbox broke down under it). Only the last
is tried again, and its limits are generous (meters.spec.PROBE_*), so that the choice of
`auto` depends on what the machine can do, not on how loaded it is. A fall-back to the `time`
meter is never silent: the MeterChoice carries a warning and a record for the results file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from evalperf.errors import ConfigError, MeterError, SandboxError
from evalperf.meters.spec import METER_NAMES, PROBE_ATTEMPTS, PROBE_CPU_S, PROBE_WALL_S
from evalperf.sandbox.base import Limits, Sandbox

_PROBE_SOLUTION = "def probe(n):\n    return sum(i * i for i in range(n))\n"
_PROBE_GENERATOR = "def generate(seed, scale):\n    return [scale]\n"

WORKS = "works"
BROKEN = "broken"  # missing, refused, an error, no cost: trying again cannot help
NO_ANSWER = "no-answer"  # timed out, or the sandbox broke down under it: tried again
# How both providers report a job whose sandbox broke down under it (the channel died).
_BREAKDOWN_PREFIX = "sandbox broke down"
# What `auto` tries, in order, before the noisy clock.
AUTO_ORDER = ("perf", "valgrind")


@dataclass(frozen=True)
class ProbeResult:
    """What probing one meter found: WORKS, BROKEN or NO_ANSWER, why, after how many attempts."""

    meter: str
    outcome: str
    detail: str = ""
    attempts: int = 1

    @property
    def works(self) -> bool:
        """True when the meter measured the probe."""
        return self.outcome == WORKS

    def describe(self) -> str:
        """One line for people: what happened to this meter."""
        if self.works:
            return "works"
        if self.outcome == NO_ANSWER:
            tries = f"{self.attempts} attempt{'s' if self.attempts != 1 else ''}"
            return f"did not answer in time ({tries} of up to {PROBE_WALL_S:g} s each): {self.detail}"
        return f"does not work here: {self.detail}"

    def to_json(self) -> dict[str, Any]:
        """Plain data for the results file."""
        return {"outcome": self.outcome, "detail": self.detail, "attempts": self.attempts}


@dataclass(frozen=True)
class MeterChoice:
    """The meter that will measure, what was asked for, and what was tried before it."""

    name: str
    warnings: tuple[str, ...] = ()
    tried: dict[str, str] = field(default_factory=dict)  # meter -> why it was not chosen
    requested: str = ""
    probes: tuple[ProbeResult, ...] = ()

    @property
    def fell_back(self) -> bool:
        """True when `auto` found no instruction counter and settled for the `time` meter."""
        return self.requested == "auto" and self.name == "time"

    def to_json(self) -> dict[str, Any]:
        """The choice for the results file: requested, chosen, and why each candidate failed."""
        return {
            "requested": self.requested or self.name,
            "chosen": self.name,
            "fell_back": self.fell_back,
            "probes": {p.meter: p.to_json() for p in self.probes},
            "warnings": list(self.warnings),
        }


def meter_payload(meter: str, region_library: str | None) -> dict[str, Any]:
    """The meter fields of a profile job."""
    payload: dict[str, Any] = {"meter": meter}
    if meter == "valgrind":
        payload["region_library"] = region_library
    return payload


def _probe_once(sandbox: Sandbox, meter: str, region_library: str | None) -> tuple[str, str]:
    payload = {
        "kind": "profile",
        **meter_payload(meter, region_library),
        "solution": _PROBE_SOLUTION,
        "entry_point": "probe",
        "generator": _PROBE_GENERATOR,
        "levels": [{"seed": 0, "scale": 2000}],
        "limits": Limits(wall_s=PROBE_WALL_S, cpu_s=PROBE_CPU_S).to_json(),
    }
    try:
        result = sandbox.run(payload)
    except SandboxError as exc:
        # the supervisor's own report that it could not run the job (say, no valgrind binary)
        return BROKEN, str(exc)
    detail = result.message or result.stderr.strip()[-300:] or result.status
    if result.status == "timeout":
        return NO_ANSWER, detail
    if result.status == "error" and result.message.startswith(_BREAKDOWN_PREFIX):
        return NO_ANSWER, detail
    if result.status != "ok":
        return BROKEN, detail
    levels = result.levels
    if len(levels) != 1 or not isinstance(levels[0].get("cost"), (int, float)) or levels[0]["cost"] <= 0:
        return BROKEN, f"the probe returned no cost ({levels!r:.200})"
    return WORKS, ""


def probe_meter(
    sandbox: Sandbox, meter: str, region_library: str | None, attempts: int = PROBE_ATTEMPTS
) -> ProbeResult:
    """Probe ``meter`` in ``sandbox``; a probe that did not answer in time is tried ``attempts`` times in all."""
    outcome, detail = NO_ANSWER, ""
    for attempt in range(1, max(1, attempts) + 1):
        outcome, detail = _probe_once(sandbox, meter, region_library)
        if outcome != NO_ANSWER:
            return ProbeResult(meter, outcome, detail, attempt)
    return ProbeResult(meter, outcome, detail, max(1, attempts))


def probe(sandbox: Sandbox, meter: str, region_library: str | None) -> str | None:
    """Probe ``meter`` (with the retry of probe_meter); None if it measured, else why not."""
    found = probe_meter(sandbox, meter, region_library)
    return None if found.works else found.describe()


def choose_meter(
    sandbox: Sandbox, requested: str, region_library: str | None, region_problem: str | None = None
) -> MeterChoice:
    """Probe ``requested`` (or perf, valgrind, time in turn for ``auto``) inside ``sandbox``.

    An explicitly requested meter that does not work raises MeterError: it never falls back.
    ``region_problem`` says why ``region_library`` is None (the valgrind meter cannot be asked).
    """
    if requested not in METER_NAMES:
        raise ConfigError(f"unknown meter {requested!r}; choose one of {', '.join(METER_NAMES)}")
    if requested != "auto":
        if requested == "valgrind" and region_library is None:
            raise MeterError(f"the valgrind meter does not work here: {region_problem or 'no region library'}")
        found = probe_meter(sandbox, requested, region_library)
        if not found.works:
            raise MeterError(f"the {requested} meter {found.describe()}")
        return MeterChoice(requested, requested=requested, probes=(found,))
    probes: list[ProbeResult] = []
    for candidate in AUTO_ORDER:
        if candidate == "valgrind" and region_library is None:
            why = region_problem or "no region library (see `evalperf doctor`)"
            probes.append(ProbeResult(candidate, BROKEN, why, attempts=0))
            continue
        found = probe_meter(sandbox, candidate, region_library)
        probes.append(found)
        if found.works:
            return MeterChoice(candidate, tried=_tried(probes), requested="auto", probes=tuple(probes))
    tried = _tried(probes)
    hint = (
        " (the machine may be overloaded: try again, or ask for --meter valgrind to fail instead of falling back)"
        if any(p.outcome == NO_ANSWER for p in probes)
        else " (see `evalperf doctor`)"
    )
    warning = (
        "no instruction counter works here ("
        + "; ".join(f"{k}: {v}" for k, v in tried.items())
        + f"); falling back to the noisy `time` meter{hint}. Its costs are CPU times, not comparable with "
        "instruction counts"
    )
    return MeterChoice("time", warnings=(warning,), tried=tried, requested="auto", probes=tuple(probes))


def _tried(probes: list[ProbeResult]) -> dict[str, str]:
    return {p.meter: p.describe() for p in probes if not p.works}
