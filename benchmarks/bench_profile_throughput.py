"""Throughput of exact (valgrind) profiling, Docker sandbox: the figures of issue 11.

    python benchmarks/bench_profile_throughput.py a|b|c|d|all [--out FILE.json]

(a) fixed cost of one profiling job for a trivial solution: wall and the container's CPU
    seconds (cgroup accounting, so valgrind, Python and every process inside count), the first
    job of a fresh sandbox, the median of the next ones on the same task, and the median when
    every job is a new task (its inputs made again); the measuring process's own CPU time where
    the runner reports it;
(b) `evalperf tasks validate --jobs 2 --tiers-as-samples` over the whole built-in suite, once to
    warm the reference cache and once timed with it warm;
(c) a realistic mix: 10 built-in tasks x 20 samples (a fifth far slower than the slowest tier,
    a third duplicates up to comments and formatting), `evaluate --jobs 2` with warm references;
(d) one task: the profiling time of its slowest tier as a sample against a sample 100x slower.

Only public entry points (the CLI, the sandbox interface) are used, so the same script measures
the runner before and after a change. Run it on an otherwise idle machine, before and after,
back to back; (b) writes the validate JSON that (c) and (d) use to pick tasks.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from evalperf.tasks import load_builtin_suite

ROOT = Path(__file__).resolve().parent.parent
TRIVIAL_JOBS = 12
MIX_TASKS = 10
MIX_SAMPLES = 20
MIX_SLOW = 4  # a fifth
MIX_DUPLICATES = 7  # about a third
SLOW_REPEAT = 5  # "far slower" samples of the mix repeat the slowest tier this often (5x-8x)
CAP_REPEAT = 100


def _sandbox(workers: int) -> Any:
    from evalperf.sandbox import create_sandbox  # before and after the registry moved
    from evalperf.sandbox.base import SandboxSettings

    return create_sandbox("docker", SandboxSettings(workers=workers))


def _container_cpu_ns(box: Any) -> int:
    total = 0
    for slot in box._slots:  # the benchmark may look inside: cgroup accounting per container
        stats = slot.container.stats(stream=False)
        total += int(stats["cpu_stats"]["cpu_usage"]["total_usage"])
    return total


def bench_trivial() -> dict[str, Any]:
    """(a) one trivial profiling job, repeated on one warm container; then a new task every job."""
    payload: dict[str, Any] = {
        "kind": "profile",
        "meter": "valgrind",
        "solution": "def f(x):\n    return x + 1\n",
        "entry_point": "f",
        "generator": "def generate(seed, scale):\n    return [scale]\n",
        "levels": [{"seed": 0, "scale": 1}],
        "limits": {"wall_s": 300.0, "cpu_s": 300.0},
    }
    rows: dict[str, list[tuple[float, float, float | None]]] = {"same_task": [], "new_task": []}
    with _sandbox(1) as box:
        payload["region_library"] = box.region_library()
        for i in range(2 * TRIVIAL_JOBS):
            kind = "same_task" if i < TRIVIAL_JOBS else "new_task"
            job = dict(payload)
            if kind == "new_task":  # another task: its inputs are made again
                job["levels"] = [{"seed": i, "scale": i}]
            cpu0, wall0 = _container_cpu_ns(box), time.perf_counter()
            result = box.run(job)
            wall = time.perf_counter() - wall0
            cpu = (_container_cpu_ns(box) - cpu0) / 1e9
            if result.status != "ok":
                raise SystemExit(f"trivial job failed: {result.status} {result.message}")
            rows[kind].append((wall, cpu, getattr(result, "cpu_s", None)))
    same, new = rows["same_task"], rows["new_task"]
    sample_cpu = [r[2] for r in same[1:] if r[2] is not None]
    return {
        "first_wall_s": same[0][0],
        "first_cpu_s": same[0][1],
        "median_wall_s": statistics.median(r[0] for r in same[1:]),
        "median_cpu_s": statistics.median(r[1] for r in same[1:]),
        "new_task_median_wall_s": statistics.median(r[0] for r in new),
        "new_task_median_cpu_s": statistics.median(r[1] for r in new),
        "sample_process_cpu_s": statistics.median(sample_cpu) if sample_cpu else None,
        "jobs": TRIVIAL_JOBS,
    }


def _run(argv: list[str]) -> tuple[float, subprocess.CompletedProcess[str]]:
    start = time.perf_counter()
    done = subprocess.run(argv, capture_output=True, text=True, check=False, cwd=ROOT)
    return time.perf_counter() - start, done


def bench_validate(json_out: Path, warm_only: bool) -> dict[str, Any]:
    """(b) the whole suite's tiers as samples, cache cold (unless already warm) then warm."""
    argv = ["evalperf", "tasks", "validate", "--jobs", "2", "--tiers-as-samples", "--json"]
    cold = None
    if not warm_only:
        cold, done = _run(argv)
    warm, done = _run(argv)
    json_out.write_text(done.stdout)
    rows = json.loads(done.stdout)["tasks"] if done.stdout.strip() else []
    failed = [t["task_id"] for t in rows if not t["ok"]] if rows else ["no output"]
    return {"cold_s": cold, "warm_s": warm, "exit": done.returncode, "failed": failed}


def _slow_wrapper(code: str, entry: str, repeat: int) -> str:
    return (
        f"{code}\n\nimport copy as _copy\n_inner_{entry} = {entry}\n\n\n"
        f"def {entry}(*args):\n    result = None\n    for _ in range({repeat}):\n"
        f"        result = _inner_{entry}(*_copy.deepcopy(args))\n    return result\n"
    )


def _pick_tasks(validate_json: Path, count: int) -> list[tuple[str, float]]:
    rows = json.loads(validate_json.read_text())["tasks"]
    costs = sorted((r["costs"][0], r["task_id"]) for r in rows if r["ok"] and r["costs"])
    # the cheaper half of the suite: far-slower samples stay affordable before the change
    half = costs[: max(count, len(costs) // 2)]
    step = max(1, len(half) // count)
    return [(task_id, cost) for cost, task_id in half[::step][:count]]


def _mix_lines(task_ids: list[str]) -> list[str]:
    suite = {t.task_id: t for t in load_builtin_suite().tasks}
    lines = []
    for task_id in task_ids:
        task = suite[task_id]
        tiers = [tier.code for tier in task.tiers]
        distinct = MIX_SAMPLES - MIX_SLOW - MIX_DUPLICATES
        programs = [f"{tiers[i % len(tiers)]}\n\n_VARIANT = {i}\n" for i in range(distinct)]
        dups = [f"# a model's comment\n\n{programs[i % distinct]}\n# trailing\n" for i in range(MIX_DUPLICATES)]
        slow = [_slow_wrapper(tiers[0], task.entry_point, SLOW_REPEAT + i) for i in range(MIX_SLOW)]
        for code in [*programs, *dups, *slow]:
            lines.append(json.dumps({"task_id": task_id, "solution": code}))
    return lines


def bench_mix(validate_json: Path) -> dict[str, Any]:
    """(c) 10 tasks x 20 samples, warm reference cache."""
    picked = _pick_tasks(validate_json, MIX_TASKS)
    with tempfile.TemporaryDirectory() as tmp:
        samples = Path(tmp) / "mix.jsonl"
        samples.write_text("\n".join(_mix_lines([t for t, _ in picked])) + "\n")
        out = Path(tmp) / "mix.json"
        argv = ["evalperf", "evaluate", "--samples", str(samples), "--jobs", "2", "--meter", "valgrind"]
        wall, done = _run([*argv, "--out", str(out)])
        summary = json.loads(out.read_text())["summary"] if out.is_file() else None
        statuses: dict[str, int] = {}
        if out.is_file():
            for task in json.loads(out.read_text())["tasks"].values():
                for sample in task["samples"]:
                    prof = sample.get("profile") or {}
                    key = f"{sample['status']}/{prof.get('status')}"
                    statuses[key] = statuses.get(key, 0) + 1
    return {
        "tasks": picked,
        "samples": len(picked) * MIX_SAMPLES,
        "wall_s": wall,
        "exit": done.returncode,
        "summary": summary,
        "statuses": statuses,
        "stderr_tail": done.stderr[-400:] if done.returncode else "",
    }


def bench_cap(validate_json: Path) -> dict[str, Any]:
    """(d) the slowest tier as a sample, then a sample 100x slower, each alone (warm references)."""
    task_id, cost = _pick_tasks(validate_json, 1)[0]
    task = {t.task_id: t for t in load_builtin_suite().tasks}[task_id]
    walls = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, code in (
            ("slowest_tier", task.tiers[0].code),
            ("100x", _slow_wrapper(task.tiers[0].code, task.entry_point, CAP_REPEAT)),
        ):
            samples = Path(tmp) / f"{name}.jsonl"
            samples.write_text(json.dumps({"task_id": task_id, "solution": code}) + "\n")
            out = Path(tmp) / f"{name}.json"
            argv = ["evalperf", "evaluate", "--samples", str(samples), "--meter", "valgrind", "--out", str(out)]
            wall, _ = _run(argv)
            sample = next(iter(json.loads(out.read_text())["tasks"].values()))["samples"][0]
            walls[name] = {"wall_s": wall, "profile": sample.get("profile"), "dps": sample.get("dps")}
    return {"task": task_id, "slowest_tier_cost": cost, **walls}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("part", choices=["a", "b", "c", "d", "all"])
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--warm-only", action="store_true", help="(b): the reference cache is warm already")
    parser.add_argument("--validate-json", type=Path, default=Path(tempfile.gettempdir()) / "bench-validate.json")
    args = parser.parse_args()
    parts = ["a", "b", "c", "d"] if args.part == "all" else [args.part]
    figures: dict[str, Any] = {"python": sys.version.split()[0], "cpus": os.cpu_count()}
    for part in parts:
        start = time.perf_counter()
        if part == "a":
            figures["a"] = bench_trivial()
        elif part == "b":
            figures["b"] = bench_validate(args.validate_json, args.warm_only)
        elif part == "c":
            figures["c"] = bench_mix(args.validate_json)
        else:
            figures["d"] = bench_cap(args.validate_json)
        print(f"({part}) {time.perf_counter() - start:.1f} s: {json.dumps(figures[part])}", flush=True)
        if args.out:  # after every part: a later part's failure loses nothing
            args.out.write_text(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
