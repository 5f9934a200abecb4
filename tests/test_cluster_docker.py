"""A real cluster: `evalperf cluster up --workers 2` (a scheduler and 2 worker processes on 127.0.0.1),
Docker sandboxes, the valgrind meter, two small tasks.

- `evaluate --cluster` gives the same results as `evaluate --jobs 2` on this machine with the
  same CPU pin (all but the times, the environment record and how the jobs were spread);
- a worker killed with SIGKILL mid-run: the run completes with the same results, no job is
  journaled twice, and the killed worker's container is gone;
- `cluster up` stopped with SIGTERM removes every worker's container.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from evalperf.store.journal import journal_path
from evalperf.tasks.builtin import load_builtin_suite
from tests.conftest import docker_problem, evaluate_command, measured_alike, need_valgrind, owned_containers, wait_for

distributed = pytest.importorskip("distributed", reason="the dask extra (pip install 'evalperf[dask]') is missing")

pytestmark = [pytest.mark.docker, pytest.mark.valgrind, pytest.mark.slow]

DATA = Path(__file__).parent / "data"
DEADLINE_S = 300.0  # a loaded 2-core machine: generous, never a measured duration
ROOT = Path(__file__).parent.parent
ENV = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONUNBUFFERED": "1"}
UP = [sys.executable, "-m", "evalperf.cli", "cluster", "up", "--workers", "2", "--port", "0"]


def _suite(folder: Path) -> Path:
    """pair_sums (the mini suite's) and distinct_count: two tasks whose tiers take seconds under valgrind."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copytree(DATA / "mini_suite" / "pair_sums", folder / "pair_sums")
    shutil.copytree(DATA / "cluster_suite" / "distinct_count", folder / "distinct_count")
    return folder


def _samples(suite: Path, path: Path) -> Path:
    lines = []
    for task in load_builtin_suite(suite).tasks:
        codes = [tier.code for tier in task.tiers]
        codes.append(task.tiers[1].code + "# the same code, commented\n")  # profiled once with its twin
        codes.append(f"def {task.entry_point}(values):\n    return 0\n")  # wrong
        codes.append(f"def {task.entry_point}(values):\n    raise ValueError('no')\n")  # raises
        lines.extend({"task_id": task.task_id, "solution": code} for code in codes)
    path.write_text("".join(json.dumps(line) + "\n" for line in lines))
    return path


class Cluster:
    """`evalperf cluster up --workers 2 --port 0` as a process, and the worker pids seen."""

    def __init__(self, log_dir: Path) -> None:
        self.log = log_dir / "cluster-up.err"
        log_dir.mkdir(parents=True, exist_ok=True)
        with self.log.open("wb") as stderr:
            self.proc = subprocess.Popen(
                [*UP, "--log-dir", str(log_dir)],
                stdout=subprocess.PIPE,
                stderr=stderr,
                env=ENV,
            )
        self.address = self._read_address()
        self.client = distributed.Client(self.address, set_as_default=False, timeout=60)
        self.pids: set[int] = set()
        self.worker_pids()

    def _read_address(self) -> str:
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline().decode()  # the first line, once every worker has joined
        found = re.search(r"tcp://127\.0\.0\.1:\d+", line)
        if found is None:
            self.proc.kill()
            pytest.fail(f"cluster up printed {line!r}: {self.log.read_text()[-2000:]}")
        return found.group(0)

    def worker_pids(self) -> dict[str, int]:
        pids = {str(k): int(v) for k, v in self.client.run(os.getpid).items()}
        self.pids |= set(pids.values())
        return pids

    def live_workers(self) -> int:
        """Workers answering now (0 while one is still joining and cannot be asked)."""
        try:
            return len(self.worker_pids())
        except Exception:  # a worker between its death and its restart
            return 0

    def stop(self) -> int:
        self.client.close()
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        return self.proc.wait(DEADLINE_S)


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cluster]:
    problem = docker_problem()
    if problem is not None:
        pytest.skip(f"docker sandbox unavailable: {problem}")
    need_valgrind()
    up = Cluster(tmp_path_factory.mktemp("cluster"))
    yield up
    up.stop()


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory, cluster: Cluster) -> dict[str, Any]:
    """The suite, the samples, and the results of the same evaluation on this machine (--jobs 2, pinned)."""
    root = tmp_path_factory.mktemp("runs")
    suite = _suite(root / "suite")
    samples = _samples(suite, root / "samples.jsonl")
    out = root / "local.json"
    done = subprocess.run(
        evaluate_command(suite, samples, out, "--sandbox", "docker", "--jobs", "2", "--pin-cpu-features"),
        capture_output=True,
        text=True,
        env=ENV,
        timeout=DEADLINE_S,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return {"root": root, "suite": suite, "samples": samples, "local": json.loads(out.read_text())}


def test_a_run_on_the_cluster_gives_the_results_of_one_machine(cluster: Cluster, runs: dict[str, Any]) -> None:
    out = runs["root"] / "cluster.json"
    done = subprocess.run(
        evaluate_command(runs["suite"], runs["samples"], out, "--cluster", cluster.address),
        capture_output=True,
        text=True,
        env=ENV,
        timeout=DEADLINE_S,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    document = json.loads(out.read_text())
    local = runs["local"]
    assert measured_alike(document) == measured_alike(local)
    assert document["summary"]["tasks_scored"] == 2
    assert document["config"]["cluster"] == cluster.address
    environment = document["environment"]
    assert environment["sandbox"]["cpu_pin"] == local["environment"]["sandbox"]["cpu_pin"] is not None
    assert environment["sandbox"]["image"] == local["environment"]["sandbox"]["image"]
    assert environment["cpu_flags"] == local["environment"]["cpu_flags"]  # one machine: the workers' are its own
    costs = [s["cost"] for s in document["tasks"]["pair_sums"]["samples"][:3]]
    assert costs == [t["cost"] for t in document["tasks"]["pair_sums"]["references"]["tiers"]]


def _records(journal: Path) -> list[dict[str, Any]]:
    try:
        data = journal.read_bytes()
    except FileNotFoundError:
        return []
    return [json.loads(line) for line in data[: data.rfind(b"\n") + 1].splitlines()[1:]]


def _key(record: dict[str, Any]) -> tuple[Any, ...]:
    return (record["job"], record["task"], record.get("tier", record.get("index")))


def test_a_worker_killed_mid_run_loses_nothing_and_leaves_no_container(cluster: Cluster, runs: dict[str, Any]) -> None:
    out = runs["root"] / "killed.json"
    journal = journal_path(out)
    log = runs["root"] / "killed.err"
    with log.open("wb") as stderr:
        proc = subprocess.Popen(
            evaluate_command(runs["suite"], runs["samples"], out, "--cluster", cluster.address),
            stdout=subprocess.DEVNULL,
            stderr=stderr,
            env=ENV,
        )
    killed: int | None = None
    seen: list[tuple[Any, ...]] = []
    deadline = time.monotonic() + DEADLINE_S
    try:
        while proc.poll() is None and time.monotonic() < deadline:
            records = _records(journal)
            if len(records) >= len(seen):
                seen = [_key(r) for r in records]
            if killed is None and len(records) >= 2:
                busy = [w for w, keys in cluster.client.processing().items() if keys]
                if busy:
                    killed = cluster.worker_pids()[busy[0]]
                    os.kill(killed, signal.SIGKILL)
            time.sleep(0.05)
        assert proc.wait(DEADLINE_S) == 0, log.read_text()[-3000:]
    finally:
        if proc.poll() is None:
            proc.kill()
    assert killed is not None, "the run ended before a worker could be killed"
    assert len(seen) == len(set(seen)), "a job was journaled twice"
    assert measured_alike(json.loads(out.read_text())) == measured_alike(runs["local"])
    # the dead worker's container went with it (its supervisor's channel closed; the reaper)
    assert wait_for(lambda: not owned_containers(killed), DEADLINE_S), owned_containers(killed)
    # its nanny started it again: two live workers
    assert wait_for(lambda: cluster.live_workers() == 2, DEADLINE_S)


def test_cluster_up_stopped_removes_every_container(cluster: Cluster) -> None:
    pids = set(cluster.worker_pids().values()) | cluster.pids
    assert any(owned_containers(pid) for pid in pids)  # each live worker holds its warm sandbox
    assert cluster.stop() == 128 + signal.SIGTERM
    assert wait_for(lambda: not any(owned_containers(pid) for pid in pids), DEADLINE_S)
