"""DaskScheduler: the pipeline's JobScheduler on a Dask cluster.

Jobs are submitted in the pipeline's order (heaviest tasks first), a few per live worker at a
time (IN_FLIGHT_PER_WORKER), so the scheduler never holds a whole run's payloads and a run's
order survives; Dask hands each to a free worker, and runs a job again elsewhere when its worker
dies. Results are handed to ``on_result`` on the calling thread, once per index, as they come;
the journal and the reference cache stay on this machine. Interrupted (Ctrl-C, SIGTERM) or
failing, run_all cancels what is left, stops this run's jobs still running on the workers, and
raises: nothing is handed on from a job cut short.
"""

from __future__ import annotations

import queue
import time
from collections.abc import Sequence
from typing import Any

from evalperf.cluster.sandbox import RESUME_HINT, ClusterSandbox
from evalperf.errors import ClusterError
from evalperf.evaluate.scheduler import NullProgress, OnResult, ProgressSink, WorkerCountSink
from evalperf.sandbox.base import JobResult

POLL_S = 0.5  # how often the live worker count is looked at while no job ends
WORKERS_EVERY_S = 2.0  # at most this often while jobs end
IN_FLIGHT_PER_WORKER = 2  # jobs submitted ahead per live worker (Dask keeps them queued)
MIN_IN_FLIGHT = 4


class DaskScheduler:
    """Runs a batch of jobs on the cluster's workers, in order, each result handed on once."""

    def __init__(self, sandbox: ClusterSandbox, progress: ProgressSink | None = None) -> None:
        self.sandbox = sandbox
        self.progress: ProgressSink = progress or NullProgress()
        self._live: int | None = None
        self._looked = 0.0
        self._workerless_since: float | None = None

    def run_all(
        self, phase: str, payloads: Sequence[dict[str, Any]], on_result: OnResult | None = None
    ) -> list[JobResult]:
        """Run every payload on the cluster; results come back in the order of ``payloads``."""
        self.progress.start(phase, len(payloads))
        if not payloads:
            return []
        batch = self.sandbox.new_batch(phase)
        results: list[JobResult | None] = [None] * len(payloads)
        pending: dict[str, tuple[int, Any]] = {}  # key -> (index, future)
        ended: queue.Queue[Any] = queue.Queue()
        submitted = finished = 0
        self._watch(force=True)
        try:
            while finished < len(payloads):
                window = max(MIN_IN_FLIGHT, IN_FLIGHT_PER_WORKER * (self._live or 1))
                while submitted < len(payloads) and len(pending) < window:
                    future = self.sandbox.submit(payloads[submitted], f"{batch}-{submitted}")
                    pending[future.key] = (submitted, future)
                    future.add_done_callback(ended.put)  # called on another thread
                    submitted += 1
                try:
                    future = ended.get(timeout=POLL_S)
                except queue.Empty:
                    self._watch()
                    continue
                entry = pending.pop(future.key, None)
                if entry is None:
                    continue  # a future already handled (a callback fired twice)
                index = entry[0]
                result = self.sandbox.outcome(future)
                results[index] = result
                finished += 1
                if on_result is not None:
                    on_result(index, result)
                self.progress.advance(phase)
                self._watch()
        except BaseException:
            self.sandbox.cancel([future for _, future in pending.values()])
            raise
        return [r for r in results if r is not None]

    def _watch(self, force: bool = False) -> None:
        """Look at the live worker count (shown with the progress); ClusterError when none is left for long."""
        now = time.monotonic()
        if not force and now - self._looked < (WORKERS_EVERY_S if self._live else POLL_S):
            return
        self._looked = now
        if not self.sandbox.connected:
            raise ClusterError(f"lost the Dask scheduler at {self.sandbox.config.address}; {RESUME_HINT}")
        live = self.sandbox.live_workers()
        if live is None:
            return
        if live != self._live and isinstance(self.progress, WorkerCountSink):
            self.progress.workers(live)
        self._live = live
        if live > 0:
            self._workerless_since = None
            return
        self._workerless_since = self._workerless_since or now
        waited = now - self._workerless_since
        if waited > self.sandbox.config.wait_workers_s:
            raise ClusterError(
                f"the Dask scheduler at {self.sandbox.config.address} has had no worker for {waited:.0f} s; "
                f"{RESUME_HINT} once workers are back"
            )
