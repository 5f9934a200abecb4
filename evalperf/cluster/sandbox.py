"""The client's view of a Dask cluster as one Sandbox: its workers' sandboxes, alike, behind a scheduler.

start() connects, waits for a first worker, has every worker open the sandbox the run wants
and checks that they may measure together (evalperf.cluster.workers.check_workers). run() sends
one job to any worker (the meter probes use it); DaskScheduler sends the pipeline's jobs through
submit(). describe(), region_library() and machines() answer for the workers, so the results'
environment and the reference-cache key name the CPUs and sandbox that measured.
"""

from __future__ import annotations

import logging
import threading
import uuid
from collections.abc import Sequence
from typing import Any

from evalperf.cluster.config import ClusterConfig, require_distributed
from evalperf.cluster.workers import WorkerReport, check_workers, common_sandbox, machines_of
from evalperf.environment import Machines, runner_digest
from evalperf.errors import ClusterError, EvalperfError
from evalperf.sandbox.base import JobResult, Sandbox, SandboxSettings

INTERRUPT_WAIT_S = 10.0  # for the workers to stop an interrupted run's jobs
RESUME_HINT = "finished jobs are kept in the run's journal: run the same command again to resume"
# Dask logs a lost scheduler at ERROR on the client; evalperf says it in one line of its own.
QUIET_LOGGERS = ("distributed.client", "distributed.core", "distributed.comm", "distributed.batched")


class ClusterSandbox(Sandbox):
    """Every worker of a Dask cluster, each with its own sandbox of one slot."""

    name = "dask"

    def __init__(self, settings: SandboxSettings, config: ClusterConfig, sandbox: str = "auto") -> None:
        super().__init__(settings)
        self.config = config
        self._requested = sandbox
        self._client: Any = None
        self._reports: dict[str, WorkerReport] = {}
        self._seen: dict[str, WorkerReport] = {}  # every worker that ran a job, by address
        self._seen_lock = threading.Lock()
        self.identity = ""
        self.spec: Any = None
        self._batches = 0
        self._session = uuid.uuid4().hex[:12]

    # -- lifecycle -----------------------------------------------------------------------------
    def start(self) -> None:
        require_distributed()
        from distributed import Client

        from evalperf.cluster.worker import WorkerSpec, report_worker

        for name in QUIET_LOGGERS:
            logging.getLogger(name).setLevel(logging.CRITICAL)
        self.spec = WorkerSpec(self._requested, self.settings.limits, self.settings.cpu_pin)
        address = self.config.address
        try:
            self._client = Client(address, timeout=self.config.connect_timeout_s, set_as_default=False)
        except (OSError, TimeoutError) as exc:
            raise ClusterError(f"cannot reach the Dask scheduler at {address}: {exc}") from exc
        try:
            try:
                self._client.wait_for_workers(1, timeout=self.config.wait_workers_s)
            except TimeoutError as exc:
                raise ClusterError(
                    f"no worker joined the Dask scheduler at {address} within {self.config.wait_workers_s:g} s: "
                    f"start workers with `dask worker {address} --nthreads 1 --preload evalperf.cluster`"
                ) from exc
            reports = self._client.run(report_worker, self.spec)
            self._reports = {str(k): v for k, v in reports.items()}
            self.identity = check_workers(list(self._reports.values()), runner_digest())
        except BaseException:
            self.close()
            raise

    def close(self) -> None:
        client, self._client = self._client, None
        if client is not None:
            try:
                client.close(timeout=INTERRUPT_WAIT_S)
            except Exception:  # closing a client whose scheduler is gone: nothing left to release
                pass

    # -- jobs ----------------------------------------------------------------------------------
    def new_batch(self, phase: str) -> str:
        """A unique prefix for the keys of one batch of jobs (Dask keys must not repeat).

        Every key starts with ``evalperf-SESSION-``: an interrupted client stops its own jobs only.
        """
        self._batches += 1
        slug = "".join(c if c.isalnum() else "-" for c in phase)
        return f"evalperf-{self._session}-{self._batches}-{slug}"

    def submit(self, payload: dict[str, Any], key: str) -> Any:
        """Send one job; the Dask future's result is (JobResult, WorkerReport)."""
        from evalperf.cluster.worker import run_job

        if self._client is None:
            raise ClusterError("the cluster sandbox is closed")
        # pure=False and a key of our own: identical payloads (validate runs a generator twice) run twice
        return self._client.submit(run_job, payload, self.spec, self.identity, key, key=key, pure=False)

    def outcome(self, future: Any) -> JobResult:
        """The JobResult of a finished future; the job's own error, or ClusterError for the cluster's."""
        from distributed.client import FutureCancelledError
        from distributed.scheduler import KilledWorker

        try:
            result, report = future.result()
        except EvalperfError:
            raise  # the sandbox's or the identity check's own error, raised on the worker
        except KilledWorker as exc:
            raise ClusterError(
                f"Dask gave up a job after the workers running it died several times ({exc}); {RESUME_HINT}"
            ) from exc
        except FutureCancelledError as exc:
            raise ClusterError(
                f"lost the Dask scheduler at {self.config.address} ({exc.reason}); {RESUME_HINT}"
            ) from exc
        except Exception as exc:
            raise ClusterError(f"a Dask worker failed a job: {type(exc).__name__}: {exc}; {RESUME_HINT}") from exc
        if not isinstance(result, JobResult) or not isinstance(report, WorkerReport):
            raise ClusterError(f"a Dask worker answered something unexpected: {type(result).__name__}")
        with self._seen_lock:
            self._seen.setdefault(report.address, report)
        return result

    def cancel(self, futures: Sequence[Any]) -> None:
        """Give up ``futures``: cancel them, and stop this client's jobs still running on the workers."""
        client = self._client
        if client is None or not futures:
            return
        from evalperf.cluster.worker import interrupt_jobs

        def stop() -> None:
            try:
                client.cancel(list(futures))
                client.run(interrupt_jobs, f"evalperf-{self._session}-")
            except Exception:  # the scheduler gone: its workers have lost the jobs already
                pass

        # bounded: an interrupted run must stop within seconds whatever state the cluster is in
        stopper = threading.Thread(target=stop, name="evalperf-cancel", daemon=True)
        stopper.start()
        stopper.join(INTERRUPT_WAIT_S)

    def run(self, payload: dict[str, Any], worker: int = 0) -> JobResult:
        """Run one job on any worker and wait for it (meter probes)."""
        future = self.submit(payload, self.new_batch(str(payload.get("kind", "job"))) + "-0")
        try:
            return self.outcome(future)
        except BaseException:
            self.cancel([future])
            raise

    def live_workers(self) -> int | None:
        """Workers connected now (None when the scheduler cannot be asked)."""
        client = self._client
        if client is None or client.status != "running":
            return None
        try:
            return len(client.scheduler_info()["workers"])
        except Exception:  # asked while the connection drops: the jobs' futures say what happened
            return None

    @property
    def connected(self) -> bool:
        """The client still talks to the scheduler (it reconnects for a while after a drop)."""
        return self._client is not None and self._client.status in ("running", "connecting")

    # -- description ---------------------------------------------------------------------------
    def describe(self) -> dict[str, Any]:
        return common_sandbox(list(self._reports.values()))

    def region_library(self) -> str:
        # a placeholder with the workers' own value: each worker puts its own path in (worker.run)
        first = next(iter(self._reports.values()))
        if first.region_library is None:
            from evalperf.errors import MeterError

            raise MeterError(f"the workers' sandbox has no valgrind region library ({first.address})")
        return first.region_library

    def machines(self) -> Machines:
        with self._seen_lock:
            reports = {**self._reports, **self._seen}
        return machines_of(list(reports.values()))

    def placement(self) -> dict[str, Any]:
        return {"workers": sorted(self._reports), "scheduler": self.config.address}

    def warnings(self) -> list[str]:
        said = sorted({w for report in self._reports.values() for w in report.warnings})
        return [f"Dask worker(s): {w}" for w in said]

    @property
    def kind(self) -> str:
        """The provider the workers run (what --sandbox auto resolved to there)."""
        return str(self.describe().get("kind"))
