"""The valgrind meter: spread of the count over 5 runs of one sample, and its slowdown against `time`.

Spread: 5 runs of the merge-sort tier. Slowdown, on the naive tier (a long call): (wall time of the
valgrind job - wall time of the same job on a do-nothing solution, i.e. valgrind start-up and input
generation) / (CPU time of one call under the time meter).
Run from the repository root: python benchmarks/bench_valgrind_meter.py [local|docker]
"""

from __future__ import annotations

import statistics
import sys
from pathlib import Path

from evalperf.evaluate.jobs import profile_payload
from evalperf.meters.choose import meter_payload
from evalperf.sandbox import create_sandbox
from evalperf.sandbox.base import Limits, SandboxSettings
from evalperf.tasks import load_task_dir

TASK = load_task_dir(Path("tasks/count_inversions"))
SAMPLE = TASK.tiers[1].code  # merge sort: about 36 M instructions over the two levels
SLOW = TASK.tiers[0].code  # the naive O(n^2) tier
NOOP = f"def {TASK.entry_point}(*args):\n    return 0\n"
LIMITS = Limits(wall_s=600, cpu_s=600)


def main() -> None:
    kind = sys.argv[1] if len(sys.argv) > 1 else "local"
    with create_sandbox(kind, SandboxSettings(workers=1)) as box:
        meter = meter_payload("valgrind", box.region_library())
        counts = []
        for _ in range(5):
            result = box.run(profile_payload(TASK, SAMPLE, meter, LIMITS))
            counts.append(sum(level["cost"] for level in result.levels))
        # Slowdown: a call long enough (the naive tier, ~0.5 G instructions) that valgrind's
        # start-up and the input generation, measured by a do-nothing solution run in turn
        # with it, are a small part of the job.
        walls, noop = [], []
        for _ in range(3):
            walls.append(box.run(profile_payload(TASK, SLOW, meter, LIMITS)).elapsed_s)
            noop.append(box.run(profile_payload(TASK, NOOP, meter, LIMITS)).elapsed_s)
        timed = box.run(profile_payload(TASK, SLOW, {"meter": "time"}, LIMITS))
    per_call_s = sum(level["cost"] for level in timed.levels) / 1e9
    spread = (max(counts) - min(counts)) / statistics.mean(counts)
    inside = statistics.median(walls) - statistics.median(noop)
    print(f"sandbox {kind}: valgrind counts of the merge-sort tier over 5 runs: {counts}")
    print(f"  relative spread (max-min)/mean: {spread:.2e}")
    print(
        f"  naive tier: valgrind job wall median {statistics.median(walls):.2f} s; do-nothing job "
        f"(start-up + inputs) {statistics.median(noop):.2f} s"
    )
    print(f"  time meter, CPU per call (both levels): {per_call_s * 1000:.1f} ms")
    print(
        f"  slowdown of the measured call under valgrind vs time: {inside / per_call_s:.0f}x; "
        f"whole job vs one timed call: {statistics.median(walls) / per_call_s:.0f}x"
    )


if __name__ == "__main__":
    main()
