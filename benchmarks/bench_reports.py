"""Leaderboard / report build time for 20 results files of the full built-in suite, and the
reference cache at work (the second model's evaluation time against the first's).

1. Two real evaluations of the whole built-in suite (valgrind meter, local sandbox by default,
   a fresh reference cache in a temp XDG_CACHE_HOME): model A then model B, one sample per task
   each, a reference tier picked with a seeded RNG (A and B pick differently). A pays for
   profiling every reference tier; B finds them all in the cache.
2. 20 results files are synthesised from A's real results file, so every file carries the real
   reference costs of all tasks. Synthetic model m (m = 0..19) gets N_SAMPLES samples per task:
   each is correct with probability 0.55 + 0.02 m; a correct one takes the per-level costs of a
   reference tier drawn with weights favouring faster tiers more as m grows, times a lognormal
   factor (sigma 0.05); then it is scored with evalperf.scoring exactly as the pipeline does
   (matched tier, DPS, DPS_norm, eff) and the task and model scores are recomputed. Seeded: the
   files are the same on every run.
3. The leaderboard (built, and rendered in csv, markdown and json) and the HTML report are built
   from the 20 files REPEATS times; the median is reported.

    python benchmarks/bench_reports.py [local|docker]
"""

from __future__ import annotations

import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from evalperf.evaluate.run import EvaluateOptions, evaluate_file
from evalperf.report.html import render_html
from evalperf.report.leaderboard import build_leaderboard, render
from evalperf.scoring import dps, dps_norm, eff_at_k, match_tier, pass_at_k, sample_efficiency
from evalperf.store.results import write_results
from evalperf.tasks import load_builtin_suite

MODELS = 20
N_SAMPLES = 10
REPEATS = 3


def _samples(path: Path, seed: int) -> Path:
    rng = random.Random(seed)
    suite = load_builtin_suite()
    lines = []
    for task in suite.tasks:
        tier = task.tiers[rng.randrange(len(task.tiers))]
        lines.append(json.dumps({"task_id": task.task_id, "solution": tier.code}))
    path.write_text("\n".join(lines) + "\n")
    return path


def _evaluate(samples: Path, out: Path, sandbox: str) -> tuple[float, Any]:
    options = EvaluateOptions(samples_path=samples, out=out, sandbox=sandbox, meter="valgrind", jobs=2)
    start = time.perf_counter()
    report = evaluate_file(load_builtin_suite(), options)
    return time.perf_counter() - start, report


def _synthetic(real: dict[str, Any], m: int) -> dict[str, Any]:
    rng = random.Random(1000 + m)
    doc = json.loads(json.dumps(real))
    doc["config"]["model"] = f"synthetic-{m:02d}"
    doc["config"]["samples"] = f"synthetic-{m:02d}.jsonl"
    p_correct = 0.55 + 0.02 * m
    with_samples, scored = [], []
    for task in doc["tasks"].values():
        refs = task["references"]
        tiers = [t for t in refs["tiers"] if t.get("anchor", True)]
        if not refs["usable"] or not tiers:
            task["samples"], task["scores"] = [], {"n": 0, "correct": 0, "profiled": 0, "scored": False}
            continue
        costs = [t["cost"] for t in tiers]
        scores = [t["score"] for t in tiers]
        fastest = tiers[-1]["level_costs"]
        weights_levels = [1.0] * len(fastest)  # the level weights are not in the results file
        samples = []
        for i in range(N_SAMPLES):
            if rng.random() >= p_correct:
                samples.append(
                    {
                        "index": i,
                        "status": "fail",
                        "cost": None,
                        "matched_tier": None,
                        "eff": 0.0,
                        "dps": None,
                        "dps_norm": None,
                    }
                )
                continue
            tier = rng.choices(range(len(tiers)), weights=[(k + 1) ** (m / 5) for k in range(len(tiers))])[0]
            factor = rng.lognormvariate(0, 0.05)
            levels = [c * factor for c in tiers[tier]["level_costs"]]
            cost = sum(levels)
            samples.append(
                {
                    "index": i,
                    "status": "pass",
                    "cost": cost,
                    "matched_tier": match_tier(cost, costs),
                    "dps": dps(cost, costs, scores),
                    "dps_norm": dps_norm(cost, costs),
                    "eff": sample_efficiency(levels, fastest, weights_levels),
                }
            )
        correct = sum(s["status"] == "pass" for s in samples)
        profiled = [s for s in samples if s["dps"] is not None]
        effs = [s["eff"] for s in samples]
        task["samples"] = samples
        task["scores"] = {
            "n": N_SAMPLES,
            "correct": correct,
            "profiled": len(profiled),
            "pass@1": pass_at_k(N_SAMPLES, correct, 1),
            "eff@1": eff_at_k(effs, 1),
            "dps": statistics.fmean(s["dps"] for s in profiled) if profiled else None,
            "dps_norm": statistics.fmean(s["dps_norm"] for s in profiled) if profiled else None,
            "scored": bool(profiled),
        }
        with_samples.append(task["scores"])
        if profiled:
            scored.append(task["scores"])
    doc["summary"] = {
        "tasks_total": len(with_samples),
        "tasks_scored": len(scored),
        "samples": N_SAMPLES * len(with_samples),
        "correct": sum(s["correct"] for s in with_samples),
        "pass@1": statistics.fmean(s["pass@1"] for s in with_samples),
        "eff@1": statistics.fmean(s["eff@1"] for s in with_samples),
        "dps": statistics.fmean(s["dps"] for s in scored),
        "dps_norm": statistics.fmean(s["dps_norm"] for s in scored),
    }
    return doc


def _median_time(fn: Any) -> float:
    times = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    sandbox = sys.argv[1] if len(sys.argv) > 1 else "local"
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        os.environ["XDG_CACHE_HOME"] = str(root / "cache")  # a fresh reference cache
        tasks = len(load_builtin_suite().tasks)
        first_s, first = _evaluate(_samples(root / "model_a.jsonl", 1), root / "model_a.json", sandbox)
        second_s, second = _evaluate(_samples(root / "model_b.jsonl", 2), root / "model_b.json", sandbox)
        tiers = sum(len(t["references"]["tiers"]) for t in first.document["tasks"].values())
        print(f"full suite ({tasks} tasks, {tiers} reference tiers, 1 sample per task, valgrind, {sandbox} sandbox):")
        print(f"  model A (references profiled): {first_s:7.1f} s, reference cache hits {first.cache_hits}")
        print(f"  model B (references cached):   {second_s:7.1f} s, reference cache hits {second.cache_hits}")
        print(f"  second / first: {second_s / first_s:.2f}")

        files = []
        for m in range(MODELS):
            path = root / "synthetic" / f"synthetic-{m:02d}.json"
            write_results(_synthetic(first.document, m), path)
            files.append(path)
        size = sum(p.stat().st_size for p in files)

        def board() -> None:
            built = build_leaderboard(files)
            for fmt in ("csv", "markdown", "json"):
                render(built, fmt)

        html_path = root / "report.html"

        def report() -> None:
            html_path.write_text(render_html(build_leaderboard(files)))

        board_s, report_s = _median_time(board), _median_time(report)
        print(f"{MODELS} results files x {tasks} tasks x {N_SAMPLES} samples ({size / 1e6:.1f} MB of JSON):")
        print(f"  leaderboard (read, build, csv + markdown + json): {board_s:.2f} s (median of {REPEATS})")
        print(
            f"  HTML report (read, build, render):                {report_s:.2f} s "
            f"(median of {REPEATS}; {html_path.stat().st_size / 1e6:.2f} MB)"
        )


if __name__ == "__main__":
    main()
