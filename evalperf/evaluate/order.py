"""The order profiling jobs are handed out in: heaviest tasks first, a task's jobs together.

Workers take jobs in order, so a run ends when its last long job does: starting with the
tasks whose references took longest (longest processing time first) leaves short jobs for
the end, where they fill both workers. A task's jobs stay together so a worker's valgrind
zygote keeps the task's inputs for the next job instead of making them again.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Protocol, TypeVar

from evalperf.evaluate.references import ReferenceSet


class _Job(Protocol):
    @property
    def task_id(self) -> str: ...


J = TypeVar("J", bound=_Job)


def expected_cpu_s(refs: ReferenceSet) -> float:
    """What one sample of the task is expected to cost: its tiers' mean CPU seconds (0 if unknown)."""
    known = [p.cpu_s for p in refs.profiles if p.cpu_s is not None]
    return sum(known) / len(known) if known else 0.0


def heaviest_tasks_first(jobs: Sequence[J], references: Mapping[str, ReferenceSet]) -> list[J]:
    """``jobs`` grouped by task, the tasks by expected total cost, largest first (stable)."""
    grouped: dict[str, list[J]] = {}
    for job in jobs:
        grouped.setdefault(job.task_id, []).append(job)

    def weight(task_id: str) -> float:
        refs = references.get(task_id)
        return -(expected_cpu_s(refs) * len(grouped[task_id])) if refs is not None else 0.0

    return [job for task_id in sorted(grouped, key=weight) for job in grouped[task_id]]
