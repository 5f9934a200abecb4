"""Choose a curation scale: native timings of a task's pool solutions on a suite generator's input.

A quick, rough guide before curating (valgrind costs ~50x the native time): for each scale given,
make the task's stress input with its suite's generator, run a seeded sample of distinct pool
solutions natively (each in its own subprocess, with CPU, memory and wall limits: pool code is
untrusted) and print the fastest / median / slowest time and how many agree with the task's own
tier on the output. Pick the largest scale whose slowest solution stays around 0.3-1 s natively.

    python benchmarks/probe_stress_scale.py HumanEval/0 --suite enamel:../shared/data/enamel \\
        --pool ../shared/data/evalperf-pool --scales 500,1000,2000 --level 3 --sample 30
"""

from __future__ import annotations

import argparse
import pickle
import random
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from evalperf.curate.pool import pool_files, read_pool
from evalperf.tasks.suites import load_suite

RUNNER = r"""
import pickle, resource, sys, time
resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))
resource.setrlimit(resource.RLIMIT_CPU, (20, 20))
mode, code_path, data_path, out_path, name, seed, scale = sys.argv[1:8]
namespace = {"__name__": "__main__"}
exec(compile(open(code_path).read(), code_path, "exec"), namespace)
if mode == "gen":
    args = namespace["generate"](int(seed), int(scale))
    pickle.dump(args, open(out_path, "wb"))
else:
    args = pickle.load(open(data_path, "rb"))
    fn = namespace[name]
    best = None
    for _ in range(2):
        fresh = pickle.loads(pickle.dumps(args))
        start = time.perf_counter()
        out = fn(*fresh)
        took = time.perf_counter() - start
        best = took if best is None else min(best, took)
    pickle.dump((best, repr(out)[:2000]), open(out_path, "wb"))
"""


def _run(folder: Path, mode: str, code: str, entry: str, seed: int, scale: int) -> object | None:
    code_path, out_path, runner = folder / "code.py", folder / "out.pkl", folder / "runner.py"
    runner.write_text(RUNNER)
    code_path.write_text(code)
    out_path.unlink(missing_ok=True)
    try:
        subprocess.run(
            [sys.executable, str(runner), mode, str(code_path), str(folder / "in.pkl"), str(out_path), entry,
             str(seed), str(scale)],
            cwd=folder, timeout=60, capture_output=True, check=False,
        )  # fmt: skip
    except subprocess.TimeoutExpired:
        return None
    if not out_path.exists():
        return None
    with out_path.open("rb") as handle:
        return pickle.load(handle)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("task_id")
    parser.add_argument("--suite", required=True)
    parser.add_argument("--pool", type=Path, action="append", required=True)
    parser.add_argument("--scales", required=True, help="comma-separated scales")
    parser.add_argument("--level", type=int, default=0, help="1-based stress level for its seed (default: last)")
    parser.add_argument("--sample", type=int, default=30)
    args = parser.parse_args()
    task = load_suite(args.suite).select([args.task_id]).tasks[0]
    level = task.levels[(args.level or len(task.levels)) - 1]
    pool = read_pool(pool_files(args.pool), [task.task_id], max_pool=None).tasks[task.task_id]
    programs = [s.solution for s in pool.solutions]
    random.Random(0).shuffle(programs)
    programs = programs[: args.sample]
    reference = next(t for t in reversed(task.tiers) if not t.optional).code
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for scale in (int(s) for s in args.scales.split(",")):
            if _run(folder, "gen", task.generator, "generate", level.seed, scale) is None:
                print(f"{task.task_id} scale {scale}: the generator failed")
                continue
            (folder / "out.pkl").rename(folder / "in.pkl")
            expected = _run(folder, "call", reference, task.entry_point, level.seed, scale)
            times, agree, failed = [], 0, 0
            for code in programs:
                got = _run(folder, "call", code, task.entry_point, level.seed, scale)
                if not isinstance(got, tuple):
                    failed += 1
                    continue
                times.append(got[0])
                agree += isinstance(expected, tuple) and got[1] == expected[1]
            times.sort()
            if not times:
                print(f"{task.task_id} scale {scale}: every solution failed")
                continue
            print(
                f"{task.task_id} scale {scale}: {len(times)} ran ({failed} failed or over 60 s), {agree} agree; "
                f"fastest {times[0] * 1e3:.2f} ms, median {statistics.median(times) * 1e3:.2f} ms, "
                f"slowest {times[-1] * 1e3:.2f} ms, ratio {times[-1] / max(times[0], 1e-9):.0f}x",
                flush=True,
            )


if __name__ == "__main__":
    main()
