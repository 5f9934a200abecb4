"""Scale-out on Dask distributed (``pip install 'evalperf[dask]'``): one run, many machines.

The client (the `evalperf` process given ``--cluster ADDRESS``) keeps the journal and the
reference cache and sends each job to a Dask scheduler; every Dask worker owns one CPU and its
own warm sandbox, in which it runs the jobs it is given (candidate code never runs in the worker
process). Modules:

- config: ClusterConfig, and the check that the extra is installed (no Dask import);
- workers: what a worker reports (CPU model and flags, sandbox) and the rule for mixing them;
- worker: the worker's side, a WorkerPlugin holding its sandbox, and the job function;
- sandbox: the client's view of the cluster as a Sandbox (meter probes, description, CPUs);
- scheduler: DaskScheduler, the pipeline's JobScheduler on the cluster;
- engine: the two as a session's sandbox and engine (evalperf.evaluate.session);
- local: `evalperf cluster up`, a scheduler and N workers on 127.0.0.1.

This module is also the workers' preload: ``dask worker ADDRESS --nthreads 1 --preload
evalperf.cluster`` installs the plugin when the worker starts; it opens the worker's sandbox and
warms it, and closes it (containers removed) when the worker stops.
"""

from __future__ import annotations

from typing import Any


async def dask_setup(worker: Any) -> None:
    """Dask's preload hook: give this worker its sandbox plugin (evalperf.cluster.worker)."""
    from evalperf.cluster.worker import install

    await install(worker)
