"""Building the job payloads the in-sandbox supervisor runs."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from evalperf.sandbox.base import Limits
from evalperf.tasks.literals import encode_args
from evalperf.tasks.model import Task


def call_payload(solution: str, entry_point: str, tests: Sequence[Sequence[Any]], limits: Limits) -> dict[str, Any]:
    """A check job: run ``solution``'s module, call ``entry_point`` on each argument list, return the values."""
    return {
        "kind": "check",
        "solution": solution,
        "entry_point": entry_point,
        "tests": [encode_args(args) for args in tests],
        "limits": limits.to_json(),
    }


def check_payload(task: Task, solution: str, limits: Limits) -> dict[str, Any]:
    """A correctness job: call the entry point on every test's arguments (no expected outputs)."""
    return call_payload(solution, task.entry_point, [case.args for case in task.tests], limits)


def profile_payload(task: Task, solution: str, meter: dict[str, Any], limits: Limits) -> dict[str, Any]:
    """A profiling job: generate each stress level's input, measure the call under the meter."""
    return {
        "kind": "profile",
        **meter,
        "solution": solution,
        "entry_point": task.entry_point,
        "generator": task.generator,
        "levels": [{"seed": lv.seed, "scale": lv.scale} for lv in task.levels],
        "float_digits": task.float_digits,
        "limits": limits.to_json(),
    }
