"""Throughput on a local Dask cluster against the local pool: the figures of issue 16.

    python benchmarks/bench_cluster_throughput.py [--tasks ID,..] [--samples-per-task N] [--overhead-jobs N]
        [--overhead-only] [--out FILE.json]

Back to back in one session, the same evaluation (valgrind meter, Docker sandbox, CPU features
pinned everywhere so every configuration gives the same numbers, no reference cache):

- `--jobs 1` and `--jobs 2` on this machine (evalperf's own pool);
- `--cluster` on `evalperf cluster up`'s cluster with 1 and with 2 workers (started and warm
  before the clock starts: a cluster's workers are long-lived, their zygotes warm).

Jobs per minute are given over the whole `evaluate` call (sandbox start, meter probe, every
phase) and over its jobs alone (first phase start to last job end). The results of the four
runs must be equal; the script says so. Then the scheduling overhead per job: trivial check jobs
(a one-line solution, one test) through the local pool with one worker and through Dask with one
worker, Dask's bare round trip (a task that does nothing), and the CPU the client process spends
per job (what bounds a run on many workers). The load average is recorded
around each figure: other work on the machine slows everything down, the overhead included.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from evalperf.cluster.config import ClusterConfig
from evalperf.cluster.local import LocalCluster
from evalperf.evaluate.run import EvaluateOptions, evaluate_file
from evalperf.sandbox.base import Limits, SandboxSettings
from evalperf.sandbox.pinning import BASELINE
from evalperf.tasks.builtin import load_builtin_suite

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
LIMITS = Limits(wall_s=10.0, cpu_s=10.0)


class Clock:
    """A progress sink that notes when jobs start and end, and how many there were."""

    def __init__(self) -> None:
        self.jobs = 0
        self.first: float | None = None
        self.last: float | None = None
        self.live: list[int] = []

    def start(self, phase: str, total: int) -> None:
        if total and self.first is None:
            self.first = time.perf_counter()

    def advance(self, phase: str, steps: int = 1) -> None:
        self.jobs += steps
        self.last = time.perf_counter()

    def workers(self, live: int) -> None:
        self.live.append(live)


def workload(folder: Path, per_task: int, task_ids: list[str]) -> tuple[Any, Path]:
    """``per_task`` distinct samples (tiers and variants of them) of each built-in task of ``task_ids``,
    or of the two small test fixtures (pair_sums, distinct_count) when there are none."""
    if task_ids:
        suite = load_builtin_suite().select(task_ids)
    else:
        suite_dir = folder / "suite"
        shutil.copytree(DATA / "mini_suite" / "pair_sums", suite_dir / "pair_sums")
        shutil.copytree(DATA / "cluster_suite" / "distinct_count", suite_dir / "distinct_count")
        suite = load_builtin_suite(suite_dir)
    lines = []
    for task in suite.tasks:
        for i in range(per_task):
            tier = task.tiers[i % len(task.tiers)]
            # an assignment (not a comment) keeps variants apart: each is profiled on its own
            lines.append({"task_id": task.task_id, "solution": f"_VARIANT = {i}\n{tier.code}"})
    samples = folder / "samples.jsonl"
    samples.write_text("".join(json.dumps(line) + "\n" for line in lines))
    return suite, samples


def _costs(document: dict[str, Any]) -> Any:
    return {
        task_id: (
            [t["cost"] for t in entry["references"]["tiers"]],
            [(s["status"], s["cost"], s["matched_tier"]) for s in entry["samples"]],
        )
        for task_id, entry in document["tasks"].items()
    }


def evaluate_once(name: str, suite: Any, samples: Path, out: Path, jobs: int, cluster: str | None) -> dict[str, Any]:
    """One timed evaluation; its figures."""
    options = EvaluateOptions(
        samples_path=samples,
        out=out,
        sandbox="docker",
        meter="valgrind",
        jobs=jobs,
        limits=LIMITS,
        use_cache=False,
        cluster=ClusterConfig(cluster) if cluster else None,
        cpu_pin=BASELINE,
    )
    clock = Clock()
    load = os.getloadavg()[0]
    started = time.perf_counter()
    report = evaluate_file(suite, options, clock)
    ended = time.perf_counter()
    assert clock.first is not None and clock.last is not None
    whole, busy = ended - started, clock.last - clock.first
    row = {
        "config": name,
        "jobs": clock.jobs,
        "whole_s": round(whole, 2),
        "jobs_s": round(busy, 2),
        "jobs_per_min_whole": round(60 * clock.jobs / whole, 1),
        "jobs_per_min_jobs": round(60 * clock.jobs / busy, 1),
        "load_before": round(load, 2),
        "load_after": round(os.getloadavg()[0], 2),
        "costs": _costs(report.document),
    }
    print(
        f"{name:<10} {clock.jobs} jobs: {row['jobs_per_min_whole']} jobs/min over the run ({whole:.1f} s), "
        f"{row['jobs_per_min_jobs']} over its jobs ({busy:.1f} s); load {load:.2f} -> {row['load_after']}",
        flush=True,
    )
    return row


def _check(i: int) -> dict[str, Any]:
    return {
        "kind": "check",
        "solution": f"def f(x):\n    return x + {i}\n",
        "entry_point": "f",
        "tests": [[0]],
        "limits": LIMITS.to_json(),
    }


def _per_job(run: Any, n: int) -> tuple[float, float]:
    """Wall seconds and this process's CPU seconds per job for ``n`` trivial jobs."""
    started, cpu = time.perf_counter(), time.process_time()
    run([_check(i) for i in range(n)])
    return (time.perf_counter() - started) / n, (time.process_time() - cpu) / n


def _median(run: Any, n: int) -> tuple[float, float]:
    rows = [_per_job(run, n) for _ in range(3)]
    return statistics.median(r[0] for r in rows), statistics.median(r[1] for r in rows)


def overhead(address: str, n: int) -> dict[str, Any]:
    """Seconds per trivial job: local pool (1 worker) against Dask (1 worker), and Dask's bare round trip."""
    import distributed

    from evalperf.cluster.sandbox import ClusterSandbox
    from evalperf.cluster.scheduler import DaskScheduler
    from evalperf.evaluate.scheduler import Scheduler
    from evalperf.sandbox import create_sandbox

    settings = SandboxSettings(workers=1, limits=LIMITS, cpu_pin=BASELINE)
    load = os.getloadavg()[0]
    with create_sandbox("docker", settings) as box:
        pool = Scheduler(box)
        _per_job(lambda p: pool.run_all("check", p), 5)  # warm
        local, local_cpu = _median(lambda p: pool.run_all("check", p), n)
    with ClusterSandbox(settings, ClusterConfig(address), "docker") as cluster:
        assert isinstance(cluster, ClusterSandbox)
        dask = DaskScheduler(cluster)
        _per_job(lambda p: dask.run_all("check", p), 5)
        on_dask, dask_cpu = _median(lambda p: dask.run_all("check", p), n)
    with distributed.Client(address, set_as_default=False) as client:

        def bare(payloads: list[Any]) -> None:
            for future in [client.submit(len, p, pure=False) for p in payloads]:
                future.result()

        round_trip, _ = _median(bare, n)
    row = {
        "trivial_jobs": n,
        "local_pool_s_per_job": round(local, 4),
        "dask_s_per_job": round(on_dask, 4),
        "overhead_s_per_job": round(on_dask - local, 4),
        "dask_bare_round_trip_s": round(round_trip, 4),
        "client_cpu_s_per_job_local_pool": round(local_cpu, 4),
        "client_cpu_s_per_job_dask": round(dask_cpu, 4),
        "load_before": round(load, 2),
        "load_after": round(os.getloadavg()[0], 2),
    }
    print(
        f"overhead: {row['local_pool_s_per_job'] * 1000:.1f} ms/job local pool, {row['dask_s_per_job'] * 1000:.1f} "
        f"through Dask (+{row['overhead_s_per_job'] * 1000:.1f}); a bare Dask task "
        f"{row['dask_bare_round_trip_s'] * 1000:.1f} ms; the client's CPU per job {local_cpu * 1000:.1f} ms "
        f"(local pool), {dask_cpu * 1000:.1f} ms (Dask); load {load:.2f} -> {row['load_after']}",
        flush=True,
    )
    return row


def warm(address: str) -> None:
    """Wait until every worker's sandbox is open and warm (a report waits for the warm-up)."""
    from evalperf.cluster.sandbox import ClusterSandbox

    settings = SandboxSettings(workers=1, limits=LIMITS, cpu_pin=BASELINE)
    with ClusterSandbox(settings, ClusterConfig(address), "docker"):
        pass


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--samples-per-task", type=int, default=24)
    parser.add_argument(
        "--tasks", default="", help="Comma-separated built-in tasks [default: the two small test fixtures]."
    )
    parser.add_argument("--overhead-jobs", type=int, default=60)
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--overhead-only", action="store_true", help="Only the per-job overhead (1 worker).")
    args = parser.parse_args()
    if args.overhead_only:
        with LocalCluster(1, port=0) as cluster:
            warm(cluster.address)
            print(json.dumps(overhead(cluster.address, args.overhead_jobs)))
        return
    folder = Path(tempfile.mkdtemp(prefix="evalperf-bench-cluster-"))
    suite, samples = workload(folder, args.samples_per_task, [t for t in args.tasks.split(",") if t])
    rows = []
    for jobs in (1, 2):
        rows.append(evaluate_once(f"--jobs {jobs}", suite, samples, folder / f"jobs{jobs}.json", jobs, None))
    for workers in (1, 2):
        with LocalCluster(workers, port=0, log_dir=folder / f"logs-{workers}") as cluster:
            warm(cluster.address)
            out = folder / f"dask{workers}.json"
            rows.append(evaluate_once(f"dask x{workers}", suite, samples, out, 1, cluster.address))
            if workers == 1:
                cost = overhead(cluster.address, args.overhead_jobs)
    same = all(row["costs"] == rows[0]["costs"] for row in rows)
    print("results equal in all four configurations:", same)
    result = {"rows": [{k: v for k, v in r.items() if k != "costs"} for r in rows], "overhead": cost, "same": same}
    if args.out:
        args.out.write_text(json.dumps(result, indent=1))
    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
