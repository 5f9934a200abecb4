"""Running many jobs on a sandbox's workers, in order, with progress."""

from __future__ import annotations

import json
import math
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
        """Run every payload; results come back in the order of ``payloads``.

        Profile jobs of one task are handed out in runs (see task_batches), so a worker keeps
        its task child warm: the task's inputs are made once per worker, not once per job.
        """
        self.progress.start(phase, len(payloads))
        if not payloads:
            return []
        batches: queue.Queue[list[int]] = queue.Queue()
        for batch in task_batches(payloads, self.workers):
            batches.put(batch)
        results: list[JobResult | None] = [None] * len(payloads)

        def work(slot: int) -> None:
            while True:
                try:
                    batch = batches.get_nowait()
                except queue.Empty:
                    return
                for index in batch:
                    result = self.sandbox.run(payloads[index], worker=slot)
                    results[index] = result
                    if on_result is not None:
                        on_result(index, result)
                    self.progress.advance(phase)

        with ThreadPoolExecutor(max_workers=self.workers, thread_name_prefix="evalperf-job") as pool:
            for future in [pool.submit(work, slot) for slot in range(self.workers)]:
                future.result()
        return [r for r in results if r is not None]


def _task_key(payload: dict[str, Any]) -> str | None:
    if payload.get("kind") != "profile":
        return None
    return json.dumps([payload.get("generator"), payload.get("levels"), payload.get("float_digits")], sort_keys=True)


def task_batches(payloads: Sequence[dict[str, Any]], workers: int) -> list[list[int]]:
    """Indices of ``payloads`` in batches a worker runs in a row: consecutive profile jobs of one
    task together, at most a quarter of each worker's share per batch (so both stay busy when
    one task has most of the jobs); any other job alone."""
    cap = max(1, math.ceil(len(payloads) / max(1, workers) / 4))
    batches: list[list[int]] = []
    last: str | None = None
    for index, payload in enumerate(payloads):
        key = _task_key(payload)
        if key is not None and key == last and len(batches[-1]) < cap:
            batches[-1].append(index)
        else:
            batches.append([index])
        last = key
    return batches
