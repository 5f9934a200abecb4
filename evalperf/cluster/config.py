"""How a run reaches its Dask cluster, and the check that Dask is installed at all."""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from evalperf.errors import ConfigError

INSTALL_HINT = "pip install 'evalperf[dask]'"
CLUSTER_ENV = "EVALPERF_CLUSTER"  # read by the CLI as the default of --cluster
WAIT_WORKERS_S = 300.0  # for a first worker, and without any worker mid-run (a node may be restarting)
CONNECT_TIMEOUT_S = 30.0


@dataclass(frozen=True)
class ClusterConfig:
    """The Dask scheduler a run sends its jobs to."""

    address: str  # tcp://HOST:PORT, as `evalperf cluster up` or `dask scheduler` prints it
    wait_workers_s: float = WAIT_WORKERS_S
    connect_timeout_s: float = CONNECT_TIMEOUT_S


def require_distributed() -> None:
    """ConfigError naming the extra to install when Dask's distributed package cannot be imported."""
    try:
        importlib.import_module("distributed")
    except ImportError as exc:
        raise ConfigError(
            f"--cluster needs Dask's distributed package, which is not installed: {INSTALL_HINT}"
        ) from exc
