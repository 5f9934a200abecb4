"""Running many jobs on a sandbox's workers, in order, with progress.

The pipeline sees one interface, JobScheduler (``run_all``); Scheduler runs the jobs on one
machine's sandbox workers, evalperf.cluster.scheduler.DaskScheduler on a Dask cluster's. Another
engine implements run_all with the same promises and needs no change to the pipeline.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Protocol, runtime_checkable

from evalperf.sandbox.base import JobResult, Sandbox

OnResult = Callable[[int, JobResult], None]


class ProgressSink(Protocol):
    """Where a run reports its progress (the CLI shows bars; the library stays silent)."""

    def start(self, phase: str, total: int) -> None:
        """A phase with ``total`` steps begins."""

    def advance(self, phase: str, steps: int = 1) -> None:
        """``steps`` more steps of ``phase`` are done."""


@runtime_checkable
class WorkerCountSink(Protocol):
    """A ProgressSink that also shows how many workers are live (a cluster's come and go)."""

    def workers(self, live: int) -> None:
        """``live`` workers are connected now."""


class JobScheduler(Protocol):
    """What the pipeline needs from an engine: run jobs, in order, each result handed on once.

    ``run_all`` returns the results in the order of ``payloads`` and calls ``on_result(index,
    result)`` on the calling thread, exactly once per index, as each job ends (the pipeline
    journals and caches there). When the calling thread is interrupted (KeyboardInterrupt) or a
    job fails, it stops at once and raises; results of jobs cut short are never handed on.
    """

    def run_all(
        self, phase: str, payloads: Sequence[dict[str, Any]], on_result: OnResult | None = None
    ) -> list[JobResult]:
        """Run every payload; results come back in the order of ``payloads``."""
        ...


class NullProgress:
    """Progress that goes nowhere."""

    def start(self, phase: str, total: int) -> None:
        """Ignore."""

    def advance(self, phase: str, steps: int = 1) -> None:
        """Ignore."""


Engine = Callable[[Sandbox, "ProgressSink | None"], JobScheduler]  # makes a session's JobScheduler


class Scheduler:
    """Spreads jobs over the sandbox's workers: one thread per worker slot.

    When the calling thread is interrupted (Ctrl-C, SIGTERM: both raise KeyboardInterrupt)
    or a job raises, run_all returns at once instead of waiting for the jobs still running:
    the caller then closes the sandbox, which kills them. Their results, cut short by the
    kill, are dropped, never handed to ``on_result`` (which journals and caches them).
    """

    def __init__(self, sandbox: Sandbox, progress: ProgressSink | None = None) -> None:
        self.sandbox = sandbox
        self.progress: ProgressSink = progress or NullProgress()
        self.workers = max(1, sandbox.settings.workers)

    def run_all(
        self,
        phase: str,
        payloads: Sequence[dict[str, Any]],
        on_result: OnResult | None = None,
    ) -> list[JobResult]:
        """Run every payload; results come back in the order of ``payloads``."""
        self.progress.start(phase, len(payloads))
        if not payloads:
            return []
        stopping = threading.Event()
        free: queue.Queue[int] = queue.Queue()
        for slot in range(self.workers):
            free.put(slot)

        def one(index: int) -> JobResult:
            if stopping.is_set():
                raise Stopped
            slot = free.get()
            try:
                result = self.sandbox.run(payloads[index], worker=slot)
            finally:
                free.put(slot)
            if stopping.is_set():
                raise Stopped  # the sandbox is being closed under this job: its result means nothing
            if on_result is not None:
                on_result(index, result)
            self.progress.advance(phase)
            return result

        pool = ThreadPoolExecutor(max_workers=self.workers, thread_name_prefix="evalperf-job")
        try:
            futures = [pool.submit(one, index) for index in range(len(payloads))]
            results = [future.result() for future in futures]
        except BaseException:
            stopping.set()
            pool.shutdown(wait=False, cancel_futures=True)
            raise
        pool.shutdown()
        return results


class Stopped(Exception):
    """A job given up because its run was interrupted (never seen outside the scheduler)."""
