"""Throughput of `evaluate` with --jobs 1 and --jobs 2 under the valgrind meter (Docker sandbox).

Evaluates the reference tiers of the first N built-in tasks as samples, with the reference cache
off, so both runs do the same work (references + samples). Run on an otherwise idle machine:
    python benchmarks/bench_throughput.py [N] [docker|local]
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

from evalperf.evaluate.run import EvaluateOptions, evaluate_file
from evalperf.tasks import load_builtin_suite


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 6
    sandbox = sys.argv[2] if len(sys.argv) > 2 else "docker"
    suite = load_builtin_suite()
    tasks = sorted(suite.tasks, key=lambda t: t.task_id)[:count]
    with tempfile.TemporaryDirectory() as tmp:
        samples = Path(tmp) / "samples.jsonl"
        samples.write_text(
            "".join(json.dumps({"task_id": t.task_id, "solution": tier.code}) + "\n" for t in tasks for tier in t.tiers)
        )
        walls = {}
        for jobs in (1, 2):
            options = EvaluateOptions(
                samples_path=samples,
                out=Path(tmp) / f"r{jobs}.json",
                sandbox=sandbox,
                meter="valgrind",
                jobs=jobs,
                use_cache=False,
            )
            start = time.perf_counter()
            report = evaluate_file(suite, options)
            walls[jobs] = time.perf_counter() - start
            jobs_done = sum(len(t.tiers) for t in tasks) * 2
            print(
                f"--jobs {jobs}: {walls[jobs]:.1f} s for {jobs_done} profiling jobs "
                f"({jobs_done / walls[jobs]:.2f} jobs/s); summary {report.document['summary']['dps']:.1f} DPS"
            )
    print(f"speed-up --jobs 2 / --jobs 1: {walls[1] / walls[2]:.2f}x ({count} tasks, {sandbox} sandbox)")


if __name__ == "__main__":
    main()
