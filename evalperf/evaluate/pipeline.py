"""The evaluation flow: check every sample, profile the correct ones and the tiers, score."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from evalperf.evaluate.cap import CostCap
from evalperf.evaluate.checking import judge_all
from evalperf.evaluate.dedupe import normalized_digest
from evalperf.evaluate.jobs import check_payload, profile_payload
from evalperf.evaluate.judge import Verdict, judge, merge_refusals
from evalperf.evaluate.order import heaviest_tasks_first
from evalperf.evaluate.prepare import complete_tests
from evalperf.evaluate.profile import Profile, read_profile
from evalperf.evaluate.references import ReferenceSet, check_optional_tiers, profile_references
from evalperf.evaluate.samples import Sample
from evalperf.evaluate.scheduler import JobScheduler
from evalperf.meters.spec import profile_limits
from evalperf.sandbox.base import JobResult, Limits
from evalperf.scoring import DEFAULT_TIER_TOLERANCE, dps, dps_norm, match_tier, sample_efficiency
from evalperf.scoring.eff import ALPHA
from evalperf.store.journal import Journal, code_digest
from evalperf.store.refcache import ReferenceCache
from evalperf.tasks.model import Suite, Task


@dataclass(frozen=True)
class EvalConfig:
    """How to evaluate: the meter and its job fields, limits and the scoring protocol."""

    meter: str
    meter_fields: dict[str, Any]
    limits: Limits = Limits()
    min_correct: int = 1
    max_profiled: int | None = None
    alpha: float = ALPHA
    ks: tuple[int, ...] = (1,)
    tier_tolerance: float = DEFAULT_TIER_TOLERANCE  # see evalperf.scoring.match_tier
    # a profile job's wall limit as a multiple of its CPU limit (1: equal). Curation raises it so
    # that, on a loaded machine, CPU-time and count rules decide before the wall clock does.
    profile_wall_factor: float = 1.0

    def profile_limits(self) -> Limits:
        """A profile job's limits: the meter's (evalperf.meters.spec), wall scaled by profile_wall_factor."""
        plimits = profile_limits(self.meter, self.limits)
        if self.profile_wall_factor != 1.0:
            plimits = replace(plimits, wall_s=plimits.cpu_s * self.profile_wall_factor)
        return plimits


@dataclass
class SampleOutcome:
    """Everything measured about one sample."""

    sample: Sample
    verdict: Verdict
    profile: Profile | None = None
    matched_tier: int | None = None
    dps: float | None = None
    dps_norm: float | None = None
    eff: float | None = None

    def to_json(self) -> dict[str, Any]:
        """Plain data for the results file."""
        return {
            "index": self.sample.index,
            "line": self.sample.line,
            "status": self.verdict.status,
            "message": self.verdict.message,
            "profile": self.profile.to_json() if self.profile else None,
            "cost": self.profile.cost if self.profile else None,
            "matched_tier": self.matched_tier,
            "dps": self.dps,
            "dps_norm": self.dps_norm,
            "eff": self.eff,
            "refused": merge_refusals(self.verdict.refused, dict(self.profile.refused) if self.profile else None),
        }


@dataclass
class TaskOutcome:
    """The references and the samples of one task."""

    task: Task
    references: ReferenceSet
    samples: list[SampleOutcome] = field(default_factory=list)
    scoring_error: str | None = None  # why the task's samples could not be scored (recorded, never raised)


def _score_sample(outcome: SampleOutcome, refs: ReferenceSet, config: EvalConfig) -> None:
    if not refs.usable:
        return
    if not outcome.verdict.passed:
        outcome.eff = 0.0
        return
    profile = outcome.profile
    if profile is None:  # correct but beyond max_profiled: not scored
        return
    cost = profile.cost
    if cost is None:
        outcome.matched_tier, outcome.dps, outcome.dps_norm = -1, 0.0, 0.0
    else:
        tolerance = config.tier_tolerance
        matched = match_tier(cost, refs.costs, tolerance)
        # reported as an index into the task's tiers (optional tiers may not be anchors)
        outcome.matched_tier = refs.anchors[matched] if matched >= 0 else -1
        outcome.dps = dps(cost, refs.costs, refs.scores, tolerance)
        outcome.dps_norm = dps_norm(cost, refs.costs, tolerance)
    levels: list[float | None] = profile.eff_level_costs
    if profile.status == "wrong-output":
        levels = [None] * len(levels)
    outcome.eff = sample_efficiency(
        levels, refs.fastest_level_costs, [lv.weight for lv in refs.task.levels], config.alpha, refs.task.eff_limit
    )


def score_task(entry: TaskOutcome, config: EvalConfig) -> None:
    """Score every sample of one task; a failure is recorded on the task, never raised.

    Scoring is arithmetic on measured costs: whatever goes wrong with one task's numbers
    (a cost no rule foresaw) must not lose the other tasks of a run that took hours, so any
    exception is kept as the task's ``scoring_error`` and its samples stay unscored.
    """
    try:
        for outcome in entry.samples:
            _score_sample(outcome, entry.references, config)
    except Exception as exc:  # see the docstring: one task's failure never ends the run
        entry.scoring_error = f"{type(exc).__name__}: {exc}"
        for outcome in entry.samples:
            outcome.matched_tier = outcome.dps = outcome.dps_norm = outcome.eff = None


def group_same_programs(samples: list[Sample], known: dict[int, str]) -> list[list[Sample]]:
    """``samples`` grouped by task and program (identical up to formatting and comments), in order.

    ``known`` holds each sample's program digest by ``id(sample)``; digests not in it are computed
    (parsing the sample) and added, so a sample grouped twice is parsed once.
    """
    groups: dict[tuple[str, str], list[Sample]] = {}
    for s in samples:
        digest = known.get(id(s))
        if digest is None:
            digest = known[id(s)] = normalized_digest(s.solution)
        groups.setdefault((s.task_id, digest), []).append(s)
    return list(groups.values())


def evaluate_samples(
    suite: Suite,
    samples: list[Sample],
    scheduler: JobScheduler,
    config: EvalConfig,
    cache: ReferenceCache,
    environment: dict[str, Any],
    journal: Journal | None = None,
    references: dict[str, ReferenceSet] | None = None,
    cap_rule: Callable[[ReferenceSet], CostCap | None] | None = None,
) -> list[TaskOutcome]:
    """Check, profile and score ``samples`` on the tasks of ``suite`` they belong to.

    With a ``journal``, jobs it already holds are not run again and every finished job is
    recorded in it as soon as it ends (see evalperf.store.journal). ``references`` are the
    tasks' measured tiers when the caller already has them (validation), else they are
    measured here (or taken from the cache). ``cap_rule`` gives a task's cost cap from its
    references when the caller stops samples by another rule than scoring's (curation).
    """
    wanted = {s.task_id for s in samples}
    tasks = [t for t in suite.tasks if t.task_id in wanted]
    tasks = complete_tests(tasks, scheduler, config.limits, environment)
    by_id = {t.task_id: t for t in tasks}
    plimits = config.profile_limits()
    missing = [t for t in tasks if references is None or t.task_id not in references]
    failing = check_optional_tiers(missing, scheduler, config.limits)
    fresh = profile_references(
        missing, scheduler, config.meter, config.meter_fields, plimits, cache, environment, journal, failing
    )
    references = {**(references or {}), **fresh}
    digests = {id(s): code_digest(s.solution) for s in samples}
    programs: dict[int, str] = {}  # normalized digests, computed once for checking and profiling

    verdicts: dict[int, Verdict] = {}
    to_check = []
    for s in samples:
        if s.problem is not None:  # empty, unparsable or too large: incorrect without running
            continue
        done = journal.verdict(s.task_id, s.index, digests[id(s)]) if journal is not None else None
        if done is not None:
            verdicts[id(s)] = done
        else:
            to_check.append(s)

    def record(s: Sample, verdict: Verdict) -> None:
        verdicts[id(s)] = verdict
        if journal is not None:
            journal.add_verdict(s.task_id, s.index, digests[id(s)], verdict)

    # Samples identical up to formatting and comments are one program: checked once, and every
    # one of them is given (and journaled with) its verdict.
    same_program = group_same_programs(to_check, programs)
    checked_once = [members[0] for members in same_program]
    copies_of = {id(members[0]): members for members in same_program}

    def record_program(leader: Sample, verdict: Verdict) -> None:
        for member in copies_of[id(leader)]:
            record(member, verdict)

    def checked(index: int, result: JobResult) -> None:
        # judged (and journaled) as each job ends; a task checker needs a second job, run below
        s = checked_once[index]
        if by_id[s.task_id].checker is None:
            record_program(s, judge(by_id[s.task_id], result))

    results = scheduler.run_all(
        "check", [check_payload(by_id[s.task_id], s.solution, config.limits) for s in checked_once], on_result=checked
    )
    with_checker = [i for i, s in enumerate(checked_once) if by_id[s.task_id].checker is not None]
    if with_checker:
        judged = judge_all(
            [by_id[checked_once[i].task_id] for i in with_checker],
            [results[i] for i in with_checker],
            scheduler,
            config.limits,
        )
        for i, verdict in zip(with_checker, judged):
            record_program(checked_once[i], verdict)
    outcomes = {
        id(s): SampleOutcome(s, verdicts.get(id(s), Verdict("error", s.problem or "not checked"))) for s in samples
    }

    chosen: list[Sample] = []
    per_task: dict[str, int] = {}
    for s in samples:
        if not outcomes[id(s)].verdict.passed or not references[s.task_id].usable:
            continue
        count = per_task.get(s.task_id, 0)
        if config.max_profiled is not None and count >= config.max_profiled:
            continue
        per_task[s.task_id] = count + 1
        measured = journal.profile(s.task_id, s.index, digests[id(s)]) if journal is not None else None
        if measured is not None:
            outcomes[id(s)].profile = measured
        else:
            chosen.append(s)

    if cap_rule is None:
        caps = {
            t.task_id: references[t.task_id].cost_cap(config.meter, config.tier_tolerance, config.alpha) for t in tasks
        }
    else:
        caps = {t.task_id: cap_rule(references[t.task_id]) for t in tasks}
    # Samples identical up to formatting and comments share one profile (models repeat themselves).
    groups = group_same_programs(chosen, programs)
    leaders = heaviest_tasks_first([members[0] for members in groups], references)
    members_of = {id(members[0]): members for members in groups}

    def store(leader: Sample, profile: Profile) -> None:
        for member in members_of[id(leader)]:
            outcomes[id(member)].profile = profile
            if journal is not None:
                journal.add_profile(member.task_id, member.index, digests[id(member)], profile)

    def on_profile(jobs: list[Sample]) -> Callable[[int, JobResult], None]:
        def on_result(index: int, result: JobResult) -> None:
            s = jobs[index]
            refs = references[s.task_id]
            profile = read_profile(result, len(by_id[s.task_id].levels), refs.digests, caps[s.task_id])
            if profile.status == "cap-unproven":
                again.append(s)  # measured again without a cap, below
                return
            store(s, profile)

        return on_result

    def payload(s: Sample, cap: CostCap | None) -> dict[str, Any]:
        job = profile_payload(by_id[s.task_id], s.solution, config.meter_fields, plimits)
        if cap is not None:
            job["cap"] = cap.to_payload()
        return job

    again: list[Sample] = []
    scheduler.run_all("profile", [payload(s, caps[s.task_id]) for s in leaders], on_result=on_profile(leaders))
    if again:
        retry = list(again)
        scheduler.run_all("profile (uncapped)", [payload(s, None) for s in retry], on_result=on_profile(retry))

    result_tasks = []
    for task in tasks:
        entry = TaskOutcome(
            task, references[task.task_id], [outcomes[id(s)] for s in samples if s.task_id == task.task_id]
        )
        score_task(entry, config)
        result_tasks.append(entry)
    return result_tasks
