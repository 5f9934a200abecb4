"""Running many jobs on a sandbox's workers, in order, with progress."""

from __future__ import annotations

import queue
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Protocol

from evalperf.sandbox.base import JobResult, Sandbox


class ProgressSink(Protocol):
    """Where a run reports its progress (the CLI shows bars; the library stays silent)."""

    def start(self, phase: str, total: int) -> None:
        """A phase with ``total`` steps begins."""

    def advance(self, phase: str, steps: int = 1) -> None:
        """``steps`` more steps of ``phase`` are done."""


class NullProgress:
    """Progress that goes nowhere."""

    def start(self, phase: str, total: int) -> None:
        """Ignore."""

    def advance(self, phase: str, steps: int = 1) -> None:
        """Ignore."""


class Scheduler:
    """Spreads jobs over the sandbox's workers: one thread per worker slot."""

    def __init__(self, sandbox: Sandbox, progress: ProgressSink | None = None) -> None:
        self.sandbox = sandbox
        self.progress: ProgressSink = progress or NullProgress()
        self.workers = max(1, sandbox.settings.workers)

    def run_all(
        self,
        phase: str,
        payloads: Sequence[dict[str, Any]],
        on_result: Callable[[int, JobResult], None] | None = None,
    ) -> list[JobResult]:
        """Run every payload; results come back in the order of ``payloads``."""
        self.progress.start(phase, len(payloads))
        if not payloads:
            return []
        free: queue.Queue[int] = queue.Queue()
        for slot in range(self.workers):
            free.put(slot)

        def one(index: int) -> JobResult:
            slot = free.get()
            try:
                result = self.sandbox.run(payloads[index], worker=slot)
            finally:
                free.put(slot)
            if on_result is not None:
                on_result(index, result)
            self.progress.advance(phase)
            return result

        with ThreadPoolExecutor(max_workers=self.workers, thread_name_prefix="evalperf-job") as pool:
            return list(pool.map(one, range(len(payloads))))
