"""Profiling a task's reference tiers (through the cache when the meter is deterministic)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from evalperf.evaluate.cap import CostCap, cost_cap
from evalperf.evaluate.checking import judge_all
from evalperf.evaluate.jobs import check_payload, profile_payload
from evalperf.evaluate.judge import Verdict
from evalperf.evaluate.profile import Profile, read_profile
from evalperf.evaluate.scheduler import JobScheduler
from evalperf.meters.spec import DETERMINISTIC
from evalperf.sandbox.base import JobResult, Limits
from evalperf.scoring.dps import default_tier_scores
from evalperf.store.journal import Journal
from evalperf.store.refcache import ReferenceCache
from evalperf.tasks.model import Task

# an optional tier (external suites) anchors scores only when it is at least this much slower
OPTIONAL_TIER_MIN_RATIO = 1.5


@dataclass(frozen=True)
class ReferenceSet:
    """The measured tiers of one task and whether they can anchor scores."""

    task: Task
    profiles: tuple[Profile, ...]
    # optional tiers that fail the task's tests, with the verdict (they never anchor scores)
    failing: tuple[tuple[int, str], ...] = ()

    @property
    def anchors(self) -> tuple[int, ...]:
        """Indices of the tiers that anchor scores, slowest first.

        Every required tier; an optional tier only when it was measured, agrees on the
        outputs and is at least OPTIONAL_TIER_MIN_RATIO slower than the next anchor.
        """
        kept: list[int] = []
        failing = dict(self.failing)
        for k in range(len(self.task.tiers) - 1, -1, -1):
            tier, profile = self.task.tiers[k], self.profiles[k]
            if tier.optional and k in failing:
                continue
            if tier.optional:
                faster = self.profiles[kept[-1]] if kept else None
                if (
                    faster is None
                    or profile.cost is None
                    or faster.cost is None
                    or profile.digests != faster.digests
                    or profile.cost < OPTIONAL_TIER_MIN_RATIO * faster.cost
                ):
                    continue
            kept.append(k)
        return tuple(reversed(kept))

    @property
    def dropped(self) -> list[str]:
        """Why optional tiers do not anchor scores (information, not a problem)."""
        anchors = set(self.anchors)
        failing = dict(self.failing)
        notes = []
        for k, (tier, profile) in enumerate(zip(self.task.tiers, self.profiles)):
            if tier.optional and k not in anchors:
                if k in failing:
                    why = f"fails the tests ({failing[k]})"
                elif not profile.ok:
                    why = f"{profile.status} {profile.message}".strip()
                else:
                    why = "not clearly slower"
                notes.append(f"optional tier {tier.name!r} dropped: {why}")
        return notes

    @property
    def costs(self) -> list[float]:
        """Total cost of each anchor tier, slowest first (only meaningful when usable)."""
        return [c if (c := self.profiles[k].cost) is not None else float("nan") for k in self.anchors]

    @property
    def scores(self) -> list[float]:
        """Score of each anchor tier: its population score, else 100 (k+1) / K over the anchors."""
        defaults = default_tier_scores(len(self.anchors))
        tiers = [self.task.tiers[k] for k in self.anchors]
        return [t.score if t.score is not None else d for t, d in zip(tiers, defaults)]

    @property
    def problems(self) -> list[str]:
        """Why the tiers cannot anchor scores (empty when they can)."""
        found = []
        for k in self.anchors:
            tier, profile = self.task.tiers[k], self.profiles[k]
            if not profile.ok:
                found.append(f"tier {tier.name!r}: {profile.status} {profile.message}".strip())
        if not found:
            digests = {self.profiles[k].digests for k in self.anchors}
            if len(digests) != 1:
                found.append("the tiers disagree on the stress outputs")
        return found

    @property
    def usable(self) -> bool:
        """Every tier measured and all agree on the outputs."""
        return not self.problems

    @property
    def digests(self) -> tuple[str | None, ...] | None:
        """The agreed stress-output digests, or None when the tiers disagree."""
        return self.profiles[-1].digests if self.usable else None

    @property
    def fastest_level_costs(self) -> list[float]:
        """t*_l: the fastest tier's cost on each level, its module's execution included (for eff@k)."""
        return [c if c is not None else float("nan") for c in self.profiles[-1].eff_level_costs]

    def cost_cap(self, meter: str, tolerance: float, alpha: float) -> CostCap | None:
        """When a sample of this task is stopped early (valgrind only; see evalperf.evaluate.cap)."""
        if meter != "valgrind" or not self.usable:
            return None
        slowest = self.profiles[self.anchors[0]]
        if slowest.cost is None:
            return None
        fastest = self.fastest_level_costs
        if self.task.eff_limit == "level":
            limits = [alpha * t for t in fastest]
        else:
            limits = [alpha * max(fastest)] * len(fastest)
        return cost_cap(slowest.cost, slowest.cpu_s, limits, tolerance)

    def to_json(self) -> dict[str, Any]:
        """Plain data for the results file."""
        anchors = self.anchors
        scores = dict(zip(anchors, self.scores))
        return {
            "usable": self.usable,
            "problems": self.problems,
            "dropped": self.dropped,
            "tiers": [
                {
                    "name": tier.name,
                    "complexity": tier.complexity,
                    "score": scores.get(k),
                    "anchor": k in anchors,
                    **profile.to_json(),
                }
                for k, (tier, profile) in enumerate(zip(self.task.tiers, self.profiles))
            ],
        }


def profile_references(
    tasks: list[Task],
    scheduler: JobScheduler,
    meter: str,
    meter_fields: dict[str, Any],
    limits: Limits,
    cache: ReferenceCache,
    environment: dict[str, Any],
    journal: Journal | None = None,
    failing: dict[str, tuple[tuple[int, str], ...]] | None = None,
) -> dict[str, ReferenceSet]:
    """Measure every tier of every task, reusing the journal's and cached profiles (deterministic meter).

    ``failing``: per task, the optional tiers known to fail its tests (see check_optional_tiers).
    """
    use_cache = meter in DETERMINISTIC
    found: dict[tuple[str, int], Profile] = {}
    todo: list[tuple[Task, int, str]] = []
    for task in tasks:
        for index in range(len(task.tiers)):
            key = ReferenceCache.key(task.content_hash(), index, meter, environment)
            cached = journal.reference(task.task_id, index) if journal is not None else None
            if cached is None and use_cache:
                cached = cache.get(key)
            if cached is not None:
                found[(task.task_id, index)] = cached
            else:
                todo.append((task, index, key))
    payloads = [profile_payload(t, t.tiers[i].code, meter_fields, limits) for t, i, _ in todo]

    def store(index: int, result: JobResult) -> None:
        # cached as soon as measured, so an interrupted run keeps what it paid for
        task, tier, key = todo[index]
        profile = read_profile(result, len(task.levels), None)
        found[(task.task_id, tier)] = profile
        if journal is not None:
            journal.add_reference(task.task_id, tier, profile)
        if use_cache:
            cache.put(key, profile)

    scheduler.run_all("references", payloads, on_result=store)
    return {
        task.task_id: ReferenceSet(
            task,
            tuple(found[(task.task_id, i)] for i in range(len(task.tiers))),
            (failing or {}).get(task.task_id, ()),
        )
        for task in tasks
    }


def check_optional_tiers(
    tasks: list[Task], scheduler: JobScheduler, limits: Limits
) -> dict[str, tuple[tuple[int, str], ...]]:
    """Run the tests on every optional tier (external suites); per task, those that fail and why.

    Required tiers are the task's own (validated); an optional one (HumanEval's canonical
    solution in ENAMEL, say) may be wrong on some tests and still agree on the stress inputs.
    """
    pairs = [(t, k) for t in tasks for k, tier in enumerate(t.tiers) if tier.optional]
    if not pairs:
        return {}
    results = scheduler.run_all("tiers", [check_payload(t, t.tiers[k].code, limits) for t, k in pairs])
    return optional_failures(pairs, judge_all([t for t, _ in pairs], results, scheduler, limits))


def optional_failures(pairs: list[tuple[Task, int]], verdicts: list[Verdict]) -> dict[str, tuple[tuple[int, str], ...]]:
    """Per task, the optional tiers among ``pairs`` (task, tier index) whose verdict is a failure."""
    failing: dict[str, list[tuple[int, str]]] = {}
    for (task, k), verdict in zip(pairs, verdicts):
        if task.tiers[k].optional and not verdict.passed:
            failing.setdefault(task.task_id, []).append((k, f"{verdict.status} {verdict.message}".strip()))
    return {task_id: tuple(found) for task_id, found in failing.items()}
