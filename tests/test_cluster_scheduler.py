"""DaskScheduler on an in-process Dask cluster whose workers hold local sandboxes (no Docker, no valgrind).

The promises of JobScheduler: results in the order of the payloads, ``on_result`` once per
index on the calling thread, progress with the live worker count, and a job's error raised
(the rest cancelled). The real thing, worker processes with Docker sandboxes, is in
test_cluster_docker.py.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest

from evalperf.errors import ClusterError, ConfigError
from evalperf.sandbox.base import JobResult, SandboxSettings
from tests.conftest import CHECK_LIMITS

distributed = pytest.importorskip("distributed", reason="the dask extra (pip install 'evalperf[dask]') is missing")

from evalperf.cluster.config import ClusterConfig  # noqa: E402
from evalperf.cluster.sandbox import ClusterSandbox  # noqa: E402
from evalperf.cluster.scheduler import DaskScheduler  # noqa: E402
from evalperf.cluster.worker import PLUGIN_NAME, SandboxPlugin, WorkerSpec  # noqa: E402

SETTINGS = SandboxSettings(limits=CHECK_LIMITS)


class Recorder:
    """A progress sink that keeps what it was told."""

    def __init__(self) -> None:
        self.started: list[tuple[str, int]] = []
        self.advanced = 0
        self.live: list[int] = []

    def start(self, phase: str, total: int) -> None:
        self.started.append((phase, total))

    def advance(self, phase: str, steps: int = 1) -> None:
        self.advanced += steps

    def workers(self, live: int) -> None:
        self.live.append(live)


@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    """Two in-process workers, each with the sandbox plugin holding a local sandbox."""
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as local:
        yield local


@pytest.fixture(scope="module")
def sandbox(cluster: Any) -> Iterator[ClusterSandbox]:
    with distributed.Client(cluster.scheduler_address, set_as_default=False) as client:
        spec = WorkerSpec("local", CHECK_LIMITS, None)
        client.register_plugin(SandboxPlugin(spec, warm=False), name=PLUGIN_NAME)
        box = ClusterSandbox(SETTINGS, ClusterConfig(cluster.scheduler_address, wait_workers_s=60), "local")
        box.start()
        yield box
        box.close()


def _check(value: int) -> dict[str, Any]:
    return {
        "kind": "check",
        "solution": f"def f(x):\n    return x + {value}\n",
        "entry_point": "f",
        "tests": [[0]],
        "limits": CHECK_LIMITS.to_json(),
    }


def test_results_come_in_order_each_handed_on_once(sandbox: ClusterSandbox) -> None:
    progress = Recorder()
    handed: list[tuple[int, JobResult]] = []
    threads = set()

    def on_result(index: int, result: JobResult) -> None:
        threads.add(threading.get_ident())
        handed.append((index, result))

    payloads = [_check(i) for i in range(24)]
    results = DaskScheduler(sandbox, progress).run_all("check", payloads, on_result)
    assert [r.outcomes for r in results] == [[{"value": i}] for i in range(24)]
    assert sorted(i for i, _ in handed) == list(range(24))  # once each
    assert all(result.outcomes == [{"value": i}] for i, result in handed)
    assert threads == {threading.get_ident()}  # on the calling thread (it journals there)
    assert progress.started == [("check", 24)] and progress.advanced == 24
    assert progress.live and progress.live[0] == 2
    assert sandbox.describe()["kind"] == "local" and sandbox.kind == "local"
    assert len(sandbox.machines().models) == 1


def test_identical_payloads_each_run(sandbox: ClusterSandbox) -> None:
    # `tasks validate` runs a generator twice on purpose: Dask must not merge the two jobs
    payload = {"kind": "inputs", "generator": "def generate(seed, scale):\n    return [scale]\n"}
    payload["levels"] = [{"seed": 0, "scale": 3}]
    results = DaskScheduler(sandbox).run_all("inputs", [payload, dict(payload)])
    assert [r.status for r in results] == ["ok", "ok"]


def test_a_job_refused_by_its_worker_stops_the_run(sandbox: ClusterSandbox) -> None:
    identity = sandbox.identity
    sandbox.identity = "0" * 16  # as if the run's workers were of another kind than these
    handed: list[int] = []
    try:
        with pytest.raises(ConfigError, match="measures otherwise"):
            DaskScheduler(sandbox).run_all("check", [_check(i) for i in range(6)], lambda i, _: handed.append(i))
    finally:
        sandbox.identity = identity
    assert handed == []
    # the cluster is still usable afterwards
    assert DaskScheduler(sandbox).run_all("check", [_check(7)])[0].outcomes == [{"value": 7}]


def test_workers_without_the_preload_are_named(cluster: Any) -> None:
    with distributed.Client(cluster.scheduler_address, set_as_default=False) as client:
        client.unregister_worker_plugin(PLUGIN_NAME)
        try:
            box = ClusterSandbox(SETTINGS, ClusterConfig(cluster.scheduler_address, wait_workers_s=60), "local")
            with pytest.raises(ClusterError, match=r"--preload evalperf\.cluster"):
                box.start()
        finally:
            spec = WorkerSpec("local", CHECK_LIMITS, None)
            client.register_plugin(SandboxPlugin(spec, warm=False), name=PLUGIN_NAME)


def test_an_unreachable_scheduler_is_a_cluster_error() -> None:
    box = ClusterSandbox(SETTINGS, ClusterConfig("tcp://127.0.0.1:9", connect_timeout_s=2), "local")
    with pytest.raises(ClusterError, match="cannot reach the Dask scheduler"):
        box.start()
