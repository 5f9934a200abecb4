"""SIGTERM and Ctrl-C while profiling: a prompt stop, nothing left running, the way to resume printed.

The run profiles a sample that sleeps for minutes on the stress inputs (its correctness
check is instant). Once the plain progress line of the profiling phase is out, the signal
is sent. The run must exit with 143 (SIGTERM) or 130 (Ctrl-C) without waiting for that job,
leave no container or process behind, keep the finished jobs in its journal (and none of
the job it gave up), and print the command that resumes it.
"""

from __future__ import annotations

import json
import os
import shlex
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from tests.conftest import docker_problem, need_valgrind, owned_containers, wait_for

SUITE = f"builtin:{Path(__file__).parent / 'data' / 'mini_suite'}"
# The profiled job would run SLEEP_S seconds. Stopping took 0.4-1.5 s here, idle and beside
# 4 busy loops on 2 cores; the bound leaves room for a much slower machine (Docker removing
# containers, interpreter exit) and still proves that the job was not waited for.
SLEEP_S = 240
STOP_BOUND_S = 20.0
START_DEADLINE_S = 600.0  # reference profiling under valgrind before it, on a loaded machine
SLOW = (
    "def pair_sums(values):\n"
    "    if len(values) > 50:  # stress inputs only\n"
    "        import time\n"
    f"        time.sleep({SLEEP_S})\n"
    "    total = running = 0\n"
    "    for v in values:\n"
    "        total += running * v\n"
    "        running += v\n"
    "    return total\n"
)


def _default_sigint() -> None:
    # a shell's background job (`cmd &`) starts with SIGINT ignored, and Python then installs
    # no KeyboardInterrupt handler: the child gets the default back
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _alive(processes: list[psutil.Process]) -> list[psutil.Process]:
    left = []
    for process in processes:
        try:
            # is_running() also tells a reused pid from the process seen before
            if process.is_running() and process.status() != psutil.STATUS_ZOMBIE:
                left.append(process)
        except psutil.NoSuchProcess:
            pass
    return left


@pytest.mark.parametrize(
    ("sandbox", "how"),
    [
        pytest.param("docker", signal.SIGTERM, marks=[pytest.mark.docker, pytest.mark.valgrind]),
        pytest.param("docker", signal.SIGINT, marks=[pytest.mark.docker, pytest.mark.valgrind]),
        pytest.param("local", signal.SIGTERM),
        pytest.param("local", signal.SIGINT),
    ],
    ids=["docker-sigterm", "docker-sigint", "local-sigterm", "local-sigint"],
)
def test_a_signal_while_profiling_stops_cleans_up_and_says_how_to_resume(
    sandbox: str, how: signal.Signals, tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    if sandbox == "docker":
        need_valgrind()
        problem = docker_problem()
        if problem is not None:
            pytest.skip(f"docker sandbox unavailable: {problem}")
    samples = tmp_path / "samples.jsonl"
    samples.write_text(json.dumps({"task_id": "pair_sums", "solution": SLOW}) + "\n")
    out = tmp_path / "r.json"
    meter = "valgrind" if sandbox == "docker" else "time"  # local: no valgrind needed
    args = ["evaluate", "--suite", SUITE, "--samples", str(samples), "--sandbox", sandbox, "--meter", meter]
    args += ["--jobs", "2", "--timeout", "60", "--out", str(out)]
    # the reference tiers' costs are cached across the parameters (only the first profiles them)
    cache = tmp_path_factory.getbasetemp() / "interrupt-cache"
    env = {**os.environ, "EVALPERF_PROGRESS_INTERVAL": "1", "XDG_CACHE_HOME": str(cache)}
    stderr_path = tmp_path / "stderr.txt"
    with stderr_path.open("wb") as stderr:
        proc = subprocess.Popen(
            [sys.executable, "-m", "evalperf.cli", *args],
            env=env,
            cwd=tmp_path,
            preexec_fn=_default_sigint,
            stdout=subprocess.DEVNULL,
            stderr=stderr,
        )
    try:
        said = lambda: stderr_path.read_text(errors="replace")  # noqa: E731
        assert wait_for(lambda: "profiling samples: 0/1" in said() or proc.poll() is not None, START_DEADLINE_S)
        assert proc.poll() is None, said()[-3000:]
        # every process of the run (supervisors, the job, valgrind), to check none outlives it
        processes = psutil.Process(proc.pid).children(recursive=True)
        if sandbox == "docker":
            assert len(owned_containers(proc.pid)) == 2
        sent = time.monotonic()
        proc.send_signal(how)
        try:
            code = proc.wait(timeout=STOP_BOUND_S)
        except subprocess.TimeoutExpired:
            pytest.fail(f"still running {STOP_BOUND_S:g} s after {how.name}: {said()[-2000:]}")
        stopped_in = time.monotonic() - sent
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    text = said()
    expected = 143 if how == signal.SIGTERM else 130
    assert code == expected, text[-3000:]
    assert f"interrupted ({'SIGTERM' if how == signal.SIGTERM else 'Ctrl-C'})" in text
    assert f"to resume, run the same command again in {tmp_path}:" in text
    assert f"  python -m evalperf.cli {shlex.join(args)}\n" in text
    assert "profiling samples: 0/1, stopped" in text
    assert "Traceback" not in text
    print(f"{sandbox} {how.name}: stopped in {stopped_in:.1f} s")  # shown with -s, for the record

    # finished work is kept: the sample's check; the job given up left no record
    journal = [json.loads(line) for line in (tmp_path / "r.journal.jsonl").read_text().splitlines()]
    jobs = [record.get("job") for record in journal[1:]]
    assert jobs.count("check") == 1 and "profile" not in jobs, jobs

    assert wait_for(lambda: not _alive(processes), 10), _alive(processes)
    if sandbox == "docker":
        # removed by the run itself; a removal Docker had already begun may take a moment more
        assert wait_for(lambda: owned_containers(proc.pid) == [], 10), owned_containers(proc.pid)
