"""The scheduler gone mid-run: the run stops with a clear message (exit 3), keeps its journal, and
the same command resumes it once a scheduler listens at the address again.

Worker processes with local sandboxes and the valgrind meter (no Docker needed): the scheduler
and its worker are a LocalCluster (`evalperf cluster up`'s), the run a real `evalperf evaluate`.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import time
from pathlib import Path

import pytest

from evalperf.store.journal import journal_path
from evalperf.tasks.builtin import load_builtin_suite
from tests.conftest import evaluate_command, measured_alike, need_valgrind

pytest.importorskip("distributed", reason="the dask extra (pip install 'evalperf[dask]') is missing")

from evalperf.cluster.local import LocalCluster

SUITE_DIR = Path(__file__).parent / "data" / "mini_suite"
DEADLINE_S = 300.0
ENV = {**os.environ, "PYTHONPATH": str(Path(__file__).parent.parent)}


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _command(samples: Path, out: Path, *where: str) -> list[str]:
    return evaluate_command(SUITE_DIR, samples, out, "--sandbox", "local", *where)


def _journaled(journal: Path) -> int:
    try:
        return max(0, journal.read_bytes().count(b"\n") - 1)
    except FileNotFoundError:
        return 0


@pytest.mark.valgrind
@pytest.mark.slow
def test_the_scheduler_gone_stops_the_run_which_resumes_with_the_same_command(tmp_path: Path) -> None:
    need_valgrind()
    task = load_builtin_suite(SUITE_DIR).tasks[0]
    codes = [tier.code for tier in task.tiers] + ["def pair_sums(values):\n    return 0\n"]
    samples = tmp_path / "samples.jsonl"
    samples.write_text("".join(json.dumps({"task_id": task.task_id, "solution": c}) + "\n" for c in codes))
    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    out = tmp_path / "cluster.json"
    journal = journal_path(out)
    command = _command(samples, out, "--cluster", address)

    with LocalCluster(1, port, tmp_path / "logs-1") as first:
        with (tmp_path / "first.err").open("wb") as stderr:
            run = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=stderr, env=ENV)
        deadline = time.monotonic() + DEADLINE_S
        while _journaled(journal) < 2 and run.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert run.poll() is None, "the run ended before the scheduler could be stopped"
        assert first.scheduler_pid is not None
        os.kill(first.scheduler_pid, signal.SIGKILL)
        assert run.wait(DEADLINE_S) == 3  # something the command needs broke: fix the machine
    said = (tmp_path / "first.err").read_text()
    assert "lost the Dask scheduler" in said and "run the same command again to resume" in said, said[-2000:]
    kept = _journaled(journal)
    assert kept >= 2 and not out.exists()

    with LocalCluster(1, port, tmp_path / "logs-2"):
        again = subprocess.run(command, capture_output=True, text=True, env=ENV, timeout=DEADLINE_S)
    assert again.returncode == 0, again.stderr[-3000:]
    assert "resumed an interrupted run" in again.stderr
    assert not journal.exists()

    alone = tmp_path / "alone.json"
    local = subprocess.run(
        _command(samples, alone, "--jobs", "2", "--pin-cpu-features"),
        capture_output=True,
        text=True,
        env=ENV,
        timeout=DEADLINE_S,
    )
    assert local.returncode == 0, local.stderr[-3000:]
    assert measured_alike(json.loads(out.read_text())) == measured_alike(json.loads(alone.read_text()))
