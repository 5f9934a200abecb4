"""ENAMEL and COFFE under the valgrind meter: usable tasks, and how much slower the other solution is.

For each suite: `tasks validate` on every task (or a deterministic subset, every STEP-th task
in suite order, when a full run does not fit the time box), then every reference tier
evaluated as a sample end to end (check, profile, score). Reported:
- usable: tasks whose tiers pass, agree, and whose fastest tier costs >= 10,000 instructions;
- ratio: cost of the other solution (HumanEval's canonical one for ENAMEL, the original
  HumanEval / MBPP solution for COFFE) / cost of the expert / best one, on tasks where both
  were measured (median, and how many timed out instead, i.e. were slower than the limit);
- samples: the reference solutions, as samples, that pass and match their own tier.
Run from the repository root, e.g.:
  python benchmarks/bench_external_suites.py enamel:../shared/data/enamel --jobs 2 --step 4
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections import Counter
from typing import Any

from evalperf.evaluate.pipeline import EvalConfig, evaluate_samples
from evalperf.evaluate.samples import Sample
from evalperf.evaluate.scheduler import Scheduler
from evalperf.evaluate.session import open_session
from evalperf.evaluate.validate import validate_tasks
from evalperf.sandbox.base import Limits, SandboxSettings
from evalperf.store.refcache import ReferenceCache
from evalperf.tasks.suites import load_suite


def _reason(problem: str) -> str:
    """A short class of a validation problem, for the tally."""
    for key in ("floor", "timeout", "fails the tests", "disagree", "ratio", "generator", "error", "memory"):
        if key in problem:
            return key
    return problem[:40]


def run(spec: str, jobs: int, step: int, offset: int, timeout: float) -> dict[str, Any]:
    suite = load_suite(spec)
    tasks = list(suite.tasks)[offset::step]
    limits = Limits(wall_s=timeout, cpu_s=timeout)
    started = time.monotonic()
    cache = ReferenceCache()
    with open_session("local", SandboxSettings(workers=jobs, limits=limits), "valgrind") as session:
        scheduler = Scheduler(session.sandbox)
        key = session.measurement_key
        entries = validate_tasks(tasks, scheduler, "valgrind", session.meter_fields, limits, cache, key)
        finished = [e.task for e in entries]  # tests completed in the sandbox
        refs = {e.task.task_id: e.references for e in entries if e.references is not None}
        # The tiers validation measured are handed to the samples phase, so a tier slower than
        # the limit (45 s under valgrind) is not run out again; such a tier is not submitted as a
        # sample either (it could only time out again).
        samples = [
            Sample(0, t.task_id, tier.code, k)
            for t in finished
            for k, tier in enumerate(t.tiers)
            if refs[t.task_id].profiles[k].status != "timeout"
        ]
        not_submitted = sum(len(t.tiers) for t in finished) - len(samples)
        config = EvalConfig(meter="valgrind", meter_fields=session.meter_fields, limits=limits)
        outcomes = evaluate_samples(suite, samples, scheduler, config, cache, key, references=refs)
    ratios, slower_than_limit, lower_failed = [], 0, 0
    for task in finished:
        ref = refs[task.task_id]
        if len(task.tiers) < 2:
            continue
        low, top = ref.profiles[0], ref.profiles[-1]
        if low.cost is not None and top.cost:
            ratios.append(low.cost / top.cost)
        elif low.status == "timeout" and top.cost:
            slower_than_limit += 1
        else:
            lower_failed += 1
    own = passed = 0
    details = []
    for entry in outcomes:
        for s in entry.samples:
            passed += s.verdict.passed
            anchors = entry.references.anchors
            own += s.sample.index in anchors and s.matched_tier == s.sample.index
            where = f"{entry.task.task_id} tier {s.sample.index}/{len(entry.task.tiers)}"
            if not s.verdict.passed:
                details.append(f"{where} fails: {s.verdict.status} {s.verdict.message[:160]}")
            elif s.sample.index in anchors and s.matched_tier != s.sample.index:
                cost = s.profile.cost if s.profile is not None else None
                reference = entry.references.profiles[s.sample.index].cost
                status = s.profile.status if s.profile is not None else "-"
                details.append(f"{where} lands on {s.matched_tier}: {status} cost {cost} vs {reference}")
    submitted = {(s.task_id, s.index) for s in samples}
    for task_id, ref in refs.items():
        for k in ref.anchors:
            if (task_id, k) not in submitted:
                details.append(f"{task_id} tier {k}/{len(ref.task.tiers)} not submitted: {ref.profiles[k].status}")
    usable = [e for e in entries if e.ok]
    reasons = Counter(_reason(p) for e in entries if not e.ok for p in e.problems)
    return {
        "suite": spec,
        "tasks_in_suite": len(suite.tasks),
        "tasks_run": len(tasks),
        "step": step,
        "offset": offset,
        "usable": len(usable),
        "not_usable_reasons": dict(reasons),
        "with_other_solution": sum(1 for t in finished if len(t.tiers) > 1),
        "ratio_measured": len(ratios),
        "ratio_median": statistics.median(ratios) if ratios else None,
        # the other solution's timeouts counted as slower than any measured ratio
        "ratio_median_with_timeouts": statistics.median(ratios + [float("inf")] * slower_than_limit)
        if ratios or slower_than_limit
        else None,
        "ratio_quartiles": statistics.quantiles(ratios, n=4) if len(ratios) >= 2 else None,
        "other_slower_than_limit": slower_than_limit,
        "other_failed": lower_failed,
        "samples": len(samples),
        "samples_not_submitted_slower_than_limit": not_submitted,
        "samples_passed": passed,
        "samples_matched_own_anchor_tier": own,
        "anchor_tiers": sum(len(r.anchors) for r in refs.values()),
        "timeout_s": timeout,
        "minutes": round((time.monotonic() - started) / 60, 1),
        "details": details,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("suites", nargs="+", help="NAME:PATH of enamel / coffe")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--step", type=int, default=1, help="run every STEP-th task (deterministic subset)")
    parser.add_argument("--offset", type=int, default=0, help="start the subset at this task (0-based)")
    parser.add_argument("--timeout", type=float, default=1.0, help="check limit, s (valgrind: x40 + 5)")
    args = parser.parse_args()
    for spec in args.suites:
        print(json.dumps(run(spec, args.jobs, args.step, args.offset, args.timeout), indent=1), flush=True)


if __name__ == "__main__":
    main()
