"""Per-job overhead of the sandboxes for a trivial solution (median ms per job).

Compares: a bare `python -c pass` process start; the local sandbox; the Docker warm pool;
a fresh `docker run` per job. Run from the repository root: python benchmarks/bench_sandbox_overhead.py
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time

from evalperf.paths import RUNNER_DIR
from evalperf.sandbox import create_sandbox
from evalperf.sandbox.base import SandboxSettings
from evalperf.sandbox.docker_pool import docker_ready
from evalperf.sandbox.image import find_image

JOB = {"kind": "check", "solution": "def f(x):\n    return x\n", "entry_point": "f", "tests": [[1]]}
ROUNDS = 60


def median_ms(samples: list[float]) -> str:
    p90 = sorted(samples)[int(len(samples) * 0.9)]
    return f"median {statistics.median(samples) * 1000:7.2f} ms  (p90 {p90 * 1000:7.2f} ms, n={len(samples)})"


def timed(fn, rounds: int) -> list[float]:  # type: ignore[no-untyped-def]
    out = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        out.append(time.perf_counter() - start)
    return out


def main() -> None:
    bare = timed(lambda: subprocess.run([sys.executable, "-c", "pass"], check=True), 30)
    print(f"python -c pass (process start)   {median_ms(bare)}")
    for kind in ("local", "docker"):
        if kind == "docker" and docker_ready() is not None:
            print(f"docker: skipped ({docker_ready()})")
            continue
        with create_sandbox(kind, SandboxSettings(workers=1)) as box:
            for _ in range(5):
                box.run(dict(JOB))
            samples = timed(lambda box=box: box.run(dict(JOB)), ROUNDS)
        print(f"{kind:<6} sandbox, warm, per job     {median_ms(samples)}")
    info = find_image()
    if info is not None:
        line = json.dumps({**JOB, "id": 1}) + "\n"
        argv = [
            "docker",
            "run",
            "-i",
            "--rm",
            "--network",
            "none",
            "--read-only",
            "--tmpfs",
            "/tmp",
            "--cap-drop",
            "ALL",
            "--security-opt",
            "no-new-privileges",
            "--user",
            "10001:10001",
            info.id,
            "python3",
            "-s",
            "/opt/evalperf/supervisor.py",
        ]
        fresh = timed(lambda: subprocess.run(argv, input=line.encode(), capture_output=True, check=True), 10)
        print(f"fresh docker run per job         {median_ms(fresh)}")
    print(f"(runner: {RUNNER_DIR})")


if __name__ == "__main__":
    main()
