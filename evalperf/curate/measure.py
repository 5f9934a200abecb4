"""Measuring a task's pool: every program checked, the correct ones profiled on the stress level.

This is `evaluate` on the pool, through the same pipeline (sandbox, meter, journal, reference
cache, duplicate folding, progress): the pool's programs are the samples of a probe task (the
task on its one curation level, its own tiers kept so that an output different from theirs on
the stress input is caught). Only the cost cap differs: scoring stops a sample once it is proven
slower than every tier, curation once it is proven ``max_slowdown`` times slower than the task's
fastest tier, or beyond what the job's CPU limit lets a program count to; such a program is
recorded as too slow and left out of the clusters, as EvalPerf leaves out solutions that time out.

Which programs are left out must not depend on the machine's load: the decision is made on the
instruction count (proven at the cut), the cap's CPU trigger sits inside the job's CPU limit,
and the wall limit of curation's profile jobs is CURATION_WALL_FACTOR times their CPU limit, so
on a busy machine the count rule decides before the wall clock does.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from evalperf.curate.pool import TaskPool
from evalperf.errors import TaskError
from evalperf.evaluate.cap import CAP_FACTOR, CAP_SLACK_S, CostCap
from evalperf.evaluate.pipeline import EvalConfig, SampleOutcome, TaskOutcome, evaluate_samples
from evalperf.evaluate.profile import Profile
from evalperf.evaluate.references import ReferenceSet
from evalperf.evaluate.samples import Sample
from evalperf.evaluate.scheduler import JobScheduler
from evalperf.meters.spec import profile_limits
from evalperf.store.journal import Journal
from evalperf.store.refcache import ReferenceCache
from evalperf.tasks.model import Suite, Task

DEFAULT_MAX_SLOWDOWN = 1000.0
# instructions per CPU-second assumed when turning a count cap into the CPU time that triggers it:
# on the slow side (callgrind ran real code at 160-190 M/s here), so that at the trigger the count
# has passed the cap whenever the meter runs at least CAP_FACTOR times slower than this
ASSUMED_COUNT_RATE = 100e6
CAP_CPU_SHARE = 0.8  # the cap's CPU trigger stays under this share of the job's CPU limit
CURATION_WALL_FACTOR = 4.0  # see the module docstring

# what became of a pool program, in the order a report lists them
OUTCOMES = (
    "profiled",
    "incorrect",
    "wrong-output",
    "too-slow",
    "timeout",
    "memory",
    "error",
    "not-profiled",
    "not-reproducible",  # a tier reference whose count changed when measured again (evalperf.curate.repeat)
)


@dataclass(frozen=True)
class Measured:
    """One pool program's outcome: ``profiled`` with its cost, or why it has none."""

    index: int  # into the task pool's solutions
    outcome: str  # one of OUTCOMES
    cost: float | None = None
    message: str = ""
    profile: Profile | None = field(default=None, compare=False)  # the measurement behind ``cost``

    def to_json(self) -> dict[str, Any]:
        """Plain data for the curation report."""
        return {"index": self.index, "outcome": self.outcome, "cost": self.cost, "message": self.message}


@dataclass
class PoolMeasurement:
    """A task's measured pool: the finished probe task, its tiers' profiles and every program's outcome."""

    task: Task  # the probe task with its tests finished
    references: ReferenceSet
    programs: list[Measured]

    def costs(self) -> list[tuple[int, float]]:
        """(pool index, cost) of every profiled program."""
        return [(m.index, m.cost) for m in self.programs if m.outcome == "profiled" and m.cost is not None]

    def counts(self) -> dict[str, int]:
        """How many programs had each outcome."""
        found = {name: 0 for name in OUTCOMES}
        for m in self.programs:
            found[m.outcome] += 1
        return {k: v for k, v in found.items() if v}


def slowdown_cap(max_slowdown: float, cpu_limit_s: float) -> Callable[[ReferenceSet], CostCap | None]:
    """The cap rule: stop a program once its counts prove it ``max_slowdown`` x the fastest tier.

    The count limit is also bounded by what a job can count to inside CAP_CPU_SHARE of its CPU
    limit ``cpu_limit_s`` (at ASSUMED_COUNT_RATE), so no program reaches the CPU limit first.
    """

    def rule(refs: ReferenceSet) -> CostCap | None:
        if not refs.usable:
            return None
        fastest = refs.profiles[refs.anchors[-1]]
        if fastest.cost is None:
            return None
        reachable = CAP_CPU_SHARE * cpu_limit_s * ASSUMED_COUNT_RATE / CAP_FACTOR
        limit = min(max_slowdown * fastest.cost, reachable)
        # the CPU time is only the trigger (a job's fixed cost makes the fastest tier's own CPU
        # time a poor scale); the counts at the cut are the proof (CostCap.proven). A zero level
        # limit: the cut level always "reaches" it, so the total alone decides.
        cpu_s = CAP_FACTOR * limit / ASSUMED_COUNT_RATE + CAP_SLACK_S
        return CostCap(cpu_s, limit, 0.0, (0.0,) * len(refs.task.levels))

    return rule


def _measured(index: int, outcome_of: SampleOutcome, limit: float | None) -> Measured:
    verdict, profile = outcome_of.verdict, outcome_of.profile
    if not verdict.passed:
        return Measured(index, "incorrect", None, f"{verdict.status} {verdict.message}".strip())
    if profile is None:
        return Measured(index, "not-profiled", None, "the task's own tiers are not usable on the stress input")
    if profile.ok and profile.cost is not None:
        if limit is not None and profile.cost > limit:
            # finished before the cap's CPU trigger on this machine, but over the count limit:
            # left out all the same, so that the decision depends on the count alone
            return Measured(index, "too-slow", None, f"cost {profile.cost:,.0f} is over the limit {limit:,.0f}")
        return Measured(index, "profiled", profile.cost, profile=profile)
    status = "too-slow" if profile.status == "capped" else profile.status
    if status not in OUTCOMES:
        status = "error"
    return Measured(index, status, None, profile.message)


def measure_pool(
    task: Task,
    pool: TaskPool,
    scheduler: JobScheduler,
    config: EvalConfig,
    cache: ReferenceCache,
    environment: dict[str, Any],
    journal: Journal | None,
    max_slowdown: float = DEFAULT_MAX_SLOWDOWN,
) -> PoolMeasurement:
    """Check and profile every program of ``pool`` on the probe ``task`` (see the module docstring)."""
    samples = [Sample(s.line, task.task_id, s.solution, i) for i, s in enumerate(pool.solutions)]
    rule = slowdown_cap(max_slowdown, profile_limits(config.meter, config.limits).cpu_s)
    outcomes: list[TaskOutcome] = evaluate_samples(
        Suite("curate", (task,)),
        samples,
        scheduler,
        config,
        cache,
        environment,
        journal,
        cap_rule=rule,
    )
    if not outcomes:  # an empty pool: nothing was run, the tiers neither
        raise TaskError(f"{task.task_id}: the pool has no program to measure")
    entry = outcomes[0]
    cap = rule(entry.references)
    programs = [_measured(o.sample.index, o, cap.slowest if cap is not None else None) for o in entry.samples]
    return PoolMeasurement(entry.task, entry.references, programs)
