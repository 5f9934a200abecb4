"""Reading a profiling job: per-level costs and output digests, checked against the references."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from evalperf.sandbox.base import JobResult


@dataclass(frozen=True)
class Profile:
    """Costs of one solution on a task's stress levels (None where a level was not measured)."""

    status: str  # ok, error, timeout, memory, wrong-output, meter-error
    level_costs: tuple[float | None, ...]
    digests: tuple[str | None, ...] = ()
    message: str = ""
    stats: tuple[dict[str, Any], ...] = field(default=(), compare=False)

    @property
    def ok(self) -> bool:
        """Every level measured, outputs as expected."""
        return self.status == "ok"

    @property
    def cost(self) -> float | None:
        """Total cost over the levels (what DPS matches), None unless every level was measured."""
        if not self.ok or any(c is None for c in self.level_costs):
            return None
        return float(sum(c for c in self.level_costs if c is not None))

    def to_json(self) -> dict[str, Any]:
        """Plain data for the results file."""
        return {
            "status": self.status,
            "message": self.message,
            "cost": self.cost,
            "level_costs": list(self.level_costs),
        }

    def to_record(self) -> dict[str, Any]:
        """Everything, for the run journal (``from_record`` gives an equal profile back)."""
        return {**self.to_json(), "digests": list(self.digests), "stats": [dict(s) for s in self.stats]}

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> Profile:
        """The profile ``to_record`` wrote (KeyError, TypeError or ValueError if it is not one)."""
        return cls(
            status=str(record["status"]),
            level_costs=tuple(None if c is None else float(c) for c in record["level_costs"]),
            digests=tuple(None if d is None else str(d) for d in record["digests"]),
            message=str(record["message"]),
            stats=tuple(dict(s) for s in record["stats"]),
        )


def read_profile(result: JobResult, level_count: int, expected: tuple[str | None, ...] | None) -> Profile:
    """Interpret a profile job; ``expected`` digests (the references') catch wrong stress outputs."""
    costs: list[float | None] = [None] * level_count
    digests: list[str | None] = [None] * level_count
    stats: list[dict[str, Any]] = []
    if result.status != "ok":
        return Profile(result.status, tuple(costs), tuple(digests), result.message)
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
        digests[i] = level.get("digest")
        stats.append(dict(level.get("stats", {})))
        if expected is not None and expected[i] is not None and digests[i] != expected[i]:
            status, problem = "wrong-output", f"level {i}: output differs from the reference tiers'"
            break
    if status == "ok" and len(result.levels) < level_count:
        status, problem = "error", f"only {len(result.levels)} of {level_count} levels ran"
    return Profile(status, tuple(costs), tuple(digests), problem, tuple(stats))
