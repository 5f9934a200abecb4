"""Judging a check job: compare the worker's outcomes with the expected outputs (host side)."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from evalperf.sandbox.base import JobResult
from evalperf.tasks.model import Task

REL_TOL = 1e-6
ABS_TOL = 1e-9


def _wide_int(value: Any) -> Any:
    """A canonical wide integer ({"__int__": hex}, see the worker's canonical) as an int."""
    if isinstance(value, dict) and len(value) == 1 and isinstance(value.get("__int__"), str):
        try:
            return int(value["__int__"], 16)
        except ValueError:
            return value
    return value


def same(got: Any, expected: Any, compare: str) -> bool:
    """Equality of canonical outputs; floats within tolerance when compare == 'float'.

    A wide integer, which the sandbox writes in hex, equals the same integer written plainly
    (an expected output read from a task's JSON file).
    """
    if isinstance(got, dict) != isinstance(expected, dict):
        got, expected = _wide_int(got), _wide_int(expected)
    if compare == "float":
        if isinstance(got, (int, float)) and isinstance(expected, (int, float)):
            if isinstance(got, bool) or isinstance(expected, bool):
                return got is expected
            try:
                return math.isclose(got, expected, rel_tol=REL_TOL, abs_tol=ABS_TOL)
            except OverflowError:  # an int too wide for a float: only exact equality is defined
                return got == expected
        if isinstance(got, list) and isinstance(expected, list):
            return len(got) == len(expected) and all(same(a, b, compare) for a, b in zip(got, expected))
        if isinstance(got, dict) and isinstance(expected, dict):
            return got.keys() == expected.keys() and all(same(got[k], expected[k], compare) for k in got)
    if isinstance(got, bool) != isinstance(expected, bool):
        return False
    return bool(got == expected)


def merge_refusals(*counts: Mapping[str, int] | None) -> dict[str, int]:
    """The sum of several ``{reason: count}`` records of refused operations (None counts as empty)."""
    merged: dict[str, int] = {}
    for record in counts:
        for reason, count in (record or {}).items():
            merged[reason] = merged.get(reason, 0) + count
    return dict(sorted(merged.items()))


@dataclass(frozen=True)
class Verdict:
    """Outcome of the correctness check of one sample.

    ``refused`` counts, by reason, the operations the sandbox refused the sample's code during
    the check job (network access, writing files, ...); empty when it tried none.
    """

    status: str  # pass, fail, error, timeout, memory
    message: str = ""
    refused: dict[str, int] = field(default_factory=dict)

    @property
    def passed(self) -> bool:
        """True when every test passed."""
        return self.status == "pass"


def judge(task: Task, result: JobResult, compare_values: bool = True) -> Verdict:
    """Turn a check job's result into pass / fail / error / timeout / memory.

    With ``compare_values=False`` (tasks with a checker, see evaluate.checking) "pass" only
    means every test ran and returned plain data; the checker decides the rest. The verdict
    carries the job's refused operations whatever its status.
    """
    verdict = _judge(task, result, compare_values)
    return replace(verdict, refused=dict(result.refused)) if result.refused else verdict


def _judge(task: Task, result: JobResult, compare_values: bool) -> Verdict:
    if not task.tests:
        return Verdict("error", "the task has no correctness tests")
    if result.status in ("timeout", "memory"):
        return Verdict(result.status, result.message)
    if result.status != "ok":
        return Verdict("error", result.message or result.status)
    if len(result.outcomes) != len(task.tests):
        return Verdict("error", f"{len(result.outcomes)} outcomes for {len(task.tests)} tests")
    for number, (outcome, test) in enumerate(zip(result.outcomes, task.tests)):
        if "violation" in outcome:
            return Verdict("error", f"test {number}: {outcome['violation']}")
        if "raised" in outcome:
            return Verdict("fail", f"test {number} raised {outcome['raised']}")
        if "unsupported" in outcome:
            return Verdict("error", f"test {number}: {outcome['unsupported']}")
        if compare_values and not same(outcome.get("value"), test.expected, task.compare):
            shown = repr(outcome.get("value"))
            shown = shown if len(shown) <= 120 else shown[:120] + "..."
            return Verdict("fail", f"test {number}: wrong output {shown}")
    return Verdict("pass")
