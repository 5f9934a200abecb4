"""The command `evalperf cluster up`: a local Dask cluster (scheduler + N workers on 127.0.0.1).

Thin: options become a LocalCluster (evalperf.cluster.local), which does the work; errors and
Ctrl-C / SIGTERM go through evalperf.cli_common.handle_errors like every command's.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import click
from rich.markup import escape

from evalperf.cli_common import console, errors, handle_errors

WATCH_PERIOD_S = 1.0


@click.group()
def cluster() -> None:
    """Scale out on Dask: a local cluster to try it out (see docs/cluster.md for real ones)."""


@cluster.command("up")
@click.option("--workers", type=click.IntRange(min=1), default=2, show_default=True, help="Worker processes.")
@click.option(
    "--port",
    type=click.IntRange(min=0, max=65535),
    default=8786,
    show_default=True,
    help="The scheduler's port on 127.0.0.1 (0: any free one).",
)
@click.option(
    "--log-dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Where the scheduler's and workers' logs go [default: a new folder under the temp dir].",
)
@handle_errors
def cluster_up(workers: int, port: int, log_dir: Path | None) -> None:
    """Start a Dask scheduler and WORKERS workers on 127.0.0.1 until Ctrl-C or SIGTERM.

    Each worker has one thread, one CPU and its own warm sandbox (`--preload evalperf.cluster`).
    Send runs to it with `evalperf evaluate ... --cluster ADDRESS` (ADDRESS is printed).
    """
    from evalperf.cluster.config import require_distributed
    from evalperf.cluster.local import LocalCluster

    require_distributed()
    local = LocalCluster(workers, port, log_dir)
    cpus = len(os.sched_getaffinity(0))
    with errors.status(f"starting a Dask scheduler and {workers} worker(s) on 127.0.0.1"):
        address = local.start()
    try:
        click.echo(f"Dask scheduler: {address}", nl=True)
        console.print(
            f"{workers} worker(s) joined (one thread each, --preload evalperf.cluster); logs in "
            f"{escape(str(local.log_dir))}",
            highlight=False,
        )
        if workers > cpus:
            console.print(
                f"[yellow]note:[/] {workers} workers on {cpus} CPU(s): some share a CPU (counts are unaffected; "
                "times are noisier)",
                highlight=False,
            )
        console.print(f"evaluate on it: evalperf evaluate --samples FILE --cluster {address}", highlight=False)
        console.print("Ctrl-C (or SIGTERM) stops the workers, removes their containers and stops the scheduler")
        while (problem := local.problem()) is None:
            time.sleep(WATCH_PERIOD_S)
        from evalperf.errors import ClusterError

        raise ClusterError(problem)
    finally:
        errors.print("stopping the Dask cluster", highlight=False)
        local.stop()
