"""The cluster as a session's sandbox and engine (what evalperf.evaluate.session asks for)."""

from __future__ import annotations

from evalperf.cluster.config import ClusterConfig, require_distributed
from evalperf.cluster.sandbox import ClusterSandbox
from evalperf.cluster.scheduler import DaskScheduler
from evalperf.evaluate.scheduler import Engine, JobScheduler, ProgressSink
from evalperf.sandbox.base import Sandbox, SandboxSettings


def _dask_engine(box: Sandbox, progress: ProgressSink | None) -> JobScheduler:
    if not isinstance(box, ClusterSandbox):
        raise TypeError("the Dask engine runs on a ClusterSandbox")
    return DaskScheduler(box, progress)


def cluster_engine(config: ClusterConfig, settings: SandboxSettings, sandbox: str) -> tuple[Sandbox, Engine]:
    """The cluster's sandbox (not started) and the engine that runs jobs on it."""
    require_distributed()
    return ClusterSandbox(settings, config, sandbox), _dask_engine
