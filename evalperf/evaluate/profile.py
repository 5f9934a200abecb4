"""Reading a profiling job: per-level costs and output digests, checked against the references.

A profile's cost covers everything the solution's own code does: the module's execution (its
``load_cost``, measured as the first step) and every call. Its total ``cost`` (what DPS matches)
is the load plus the calls; the cost of running it on level l (what eff@k scores) is the load
plus that level's call, as if each level ran in its own process.

A step the `time` meter could not resolve (shorter than a few steps of its clock) holds the
bound it is under, flagged in ``unresolved`` (levels) and ``load_unresolved``; scores treat
the bound as the cost (docs/scores.md).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from evalperf.evaluate.cap import CostCap
from evalperf.sandbox.base import JobResult

# why a profile stopped, for the results: status -> reason
STOP_REASONS = {
    "ok": "finished",
    "capped": "cost cap: proven slower than every tier",
    "timeout": "time limit",
    "memory": "memory limit",
    "error": "error",
    "wrong-output": "wrong output",
    "meter-error": "meter error",
    "cap-unproven": "cost cap, not proven slower (to be measured again without the cap)",
}


@dataclass(frozen=True)
class Profile:
    """Costs of one solution on a task's stress levels (None where a level was not measured)."""

    status: str  # one of STOP_REASONS
    level_costs: tuple[float | None, ...]
    digests: tuple[str | None, ...] = ()
    message: str = ""
    stats: tuple[dict[str, Any], ...] = field(default=(), compare=False)
    load_cost: float | None = None
    partial: float | None = None  # capped: the count of the level that was cut, so far
    cpu_s: float | None = field(default=None, compare=False)
    refused: tuple[tuple[str, int], ...] = field(default=(), compare=False)
    unresolved: tuple[int, ...] = ()  # levels whose cost is the bound they are under (`time` meter)
    load_unresolved: bool = False  # the same for the module's execution

    @property
    def below_resolution(self) -> bool:
        """Some cost of this profile is a bound the meter could not resolve below."""
        return self.load_unresolved or bool(self.unresolved)

    @property
    def ok(self) -> bool:
        """Every level measured, outputs as expected."""
        return self.status == "ok"

    @property
    def cost(self) -> float | None:
        """Total cost: the module's execution plus every call; None unless every level was measured."""
        if not self.ok or any(c is None for c in self.level_costs):
            return None
        return float((self.load_cost or 0.0) + sum(c for c in self.level_costs if c is not None))

    @property
    def eff_level_costs(self) -> list[float | None]:
        """Per level, the load plus that level's call (None where not measured)."""
        load = self.load_cost or 0.0
        return [None if c is None else load + c for c in self.level_costs]

    @property
    def stop_reason(self) -> str:
        """Why the profile ended, in words."""
        return STOP_REASONS.get(self.status, self.status)

    def to_json(self) -> dict[str, Any]:
        """Plain data for the results file."""
        data: dict[str, Any] = {
            "status": self.status,
            "message": self.message,
            "stop_reason": self.stop_reason,
            "cost": self.cost,
            "load_cost": self.load_cost,
            "level_costs": list(self.level_costs),
            "cpu_s": self.cpu_s,
        }
        if self.partial is not None:
            data["partial"] = self.partial
        if self.below_resolution:
            data["below_resolution"] = {"load": self.load_unresolved, "levels": list(self.unresolved)}
        return data

    def to_record(self) -> dict[str, Any]:
        """Everything, for the run journal (``from_record`` gives an equal profile back)."""
        return {
            **self.to_json(),
            "digests": list(self.digests),
            "stats": [dict(s) for s in self.stats],
            "refused": dict(self.refused),
        }

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> Profile:
        """The profile ``to_record`` wrote (KeyError, TypeError or ValueError if it is not one)."""
        load = record.get("load_cost")
        partial = record.get("partial")
        cpu = record.get("cpu_s")
        below = dict(record.get("below_resolution") or {})
        return cls(
            status=str(record["status"]),
            level_costs=tuple(None if c is None else float(c) for c in record["level_costs"]),
            digests=tuple(None if d is None else str(d) for d in record["digests"]),
            message=str(record["message"]),
            stats=tuple(dict(s) for s in record["stats"]),
            load_cost=None if load is None else float(load),
            partial=None if partial is None else float(partial),
            cpu_s=None if cpu is None else float(cpu),
            refused=tuple(sorted((str(k), int(v)) for k, v in dict(record.get("refused") or {}).items())),
            unresolved=tuple(int(i) for i in below.get("levels", ())),
            load_unresolved=below.get("load") is True,
        )


def read_profile(
    result: JobResult,
    level_count: int,
    expected: tuple[str | None, ...] | None,
    cap: CostCap | None = None,
) -> Profile:
    """Interpret a profile job; ``expected`` digests (the references') catch wrong stress outputs.

    A job stopped at the cost ``cap`` becomes ``capped`` only when its counts prove it could not
    score (see CostCap.proven); otherwise ``cap-unproven``, and the caller measures it again.
    """
    costs: list[float | None] = [None] * level_count
    digests: list[str | None] = [None] * level_count
    stats: list[dict[str, Any]] = []
    refused = tuple(sorted(result.refused.items()))
    common = {
        "load_cost": result.load_cost,
        "cpu_s": result.cpu_s,
        "refused": refused,
        "load_unresolved": result.load_below_resolution,
    }
    unresolved: list[int] = []
    if result.status != "ok":
        return Profile(result.status, tuple(costs), tuple(digests), result.message, **common)  # type: ignore[arg-type]
    problem = ""
    status = "ok"
    for i, level in enumerate(result.levels[:level_count]):
        if "violation" in level:
            status, problem = "error", f"level {i}: {level['violation']}"
            break
        if "raised" in level:
            status, problem = "error", f"level {i} raised {level['raised']}"
            break
        if "unsupported" in level:
            status, problem = "error", f"level {i}: {level['unsupported']}"
            break
        cost = level.get("cost")
        if not isinstance(cost, (int, float)) or cost < 0:
            status, problem = "error", f"level {i} has no cost"
            break
        costs[i] = float(cost)
        if level.get("below_resolution") is True:
            unresolved.append(i)
        digests[i] = level.get("digest")
        stats.append(dict(level.get("stats", {})))
        if expected is not None and expected[i] is not None and digests[i] != expected[i]:
            status, problem = "wrong-output", f"level {i}: output differs from the reference tiers'"
            break
    if status == "ok" and result.capped is not None:
        partial = result.capped.get("partial")
        done = [c for c in costs if c is not None]
        if isinstance(partial, (int, float)) and partial >= 0 and cap is not None:
            load = result.load_cost
            if cap.proven(load, done, float(partial)):
                spent = (load or 0.0) + sum(done) + float(partial)
                message = (
                    f"stopped after {spent:,.0f} instructions at level {len(done)} "
                    f"(the slowest tier costs {cap.slowest:,.0f} in all)"
                )
                return Profile(
                    "capped",
                    tuple(costs),
                    tuple(digests),
                    message,
                    tuple(stats),
                    load,
                    float(partial),
                    result.cpu_s,
                    refused,
                )
        return Profile(
            "cap-unproven",
            tuple(costs),
            tuple(digests),
            "stopped at the cost cap",
            **common,  # type: ignore[arg-type]
        )
    if status == "ok" and len(result.levels) < level_count:
        status, problem = "error", f"only {len(result.levels)} of {level_count} levels ran"
    return Profile(
        status,
        tuple(costs),
        tuple(digests),
        problem,
        tuple(stats),
        unresolved=tuple(unresolved),
        **common,  # type: ignore[arg-type]
    )
