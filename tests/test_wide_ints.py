"""Integers past CPython's 4,300-digit str limit: canonical in hex, digested, judged, checked.

ENAMEL's HumanEval/8 returns the product of 30,000 integers on its hardest level, an integer
far past the limit; the worker never converts such an integer to decimal.
"""

from __future__ import annotations

import dataclasses
import json
from typing import Any

import pytest

from evalperf.evaluate.checking import judge_all
from evalperf.evaluate.jobs import check_payload, profile_payload
from evalperf.evaluate.judge import judge, same
from evalperf.evaluate.scheduler import Scheduler
from evalperf.meters.choose import meter_payload
from evalperf.sandbox.base import Limits, Sandbox
from evalperf.tasks.model import Level, Task, TestCase, Tier
from tests.conftest import load_worker

LIMITS = Limits(wall_s=60, cpu_s=60)
WIDE = 7**40_000  # 33,802 decimal digits
BELOW = 3**8_000  # 3,818 digits: under the str limit, above the worker's hex bound


def test_wide_integers_are_canonical_in_hex_and_digested_without_decimal_conversion() -> None:
    worker = load_worker()
    with pytest.raises(ValueError):
        str(WIDE)  # what the digest used to run into
    data = worker.canonical([WIDE, -WIDE, (1, {"k": WIDE + 1})])
    assert data == [{"__int__": hex(WIDE)}, {"__int__": hex(-WIDE)}, [1, {"k": {"__int__": hex(WIDE + 1)}}]]
    digests = {worker.digest(worker.canonical(v)) for v in (WIDE, -WIDE, WIDE + 1, [WIDE], BELOW)}
    assert len(digests) == 5  # sign, value and shape all count
    assert worker.digest(worker.canonical(WIDE)) == worker.digest(worker.canonical(7**40_000))
    # small integers stay plain JSON numbers, as before
    assert worker.canonical([5, -(2**64)]) == [5, -(2**64)]
    assert json.loads(json.dumps(data)) == data


def _task(compare: str = "exact", checker: str | None = None) -> Task:
    return Task(
        task_id="wide",
        title="wide",
        category="number-theory",
        prompt="",
        entry_point="power",
        tests=(TestCase([7, 40_000], None), TestCase([3, 8_000], BELOW), TestCase([2, 10], 1024)),
        generator="def generate(seed, scale):\n    return [7, scale]\n",
        levels=(Level(0, 40_000),),
        tiers=(Tier("only", "def power(b, e):\n    return b ** e\n"),),
        compare=compare,
        checker=checker,
    )


def _check(sandbox: Sandbox, task: Task, solution: str) -> Any:
    return sandbox.run(check_payload(task, solution, LIMITS))


def test_a_wide_integer_output_is_judged_like_any_other(local_sandbox: Sandbox) -> None:
    task = _task()
    right = _check(local_sandbox, task, "def power(b, e):\n    return b ** e\n")
    assert right.status == "ok" and "unsupported" not in json.dumps(right.outcomes)
    assert right.outcomes[0]["value"] == {"__int__": hex(WIDE)}
    # the expected output of test 0 is what an oracle returned in the sandbox; test 1's is read
    # from a task file as a plain integer: both are judged equal to the same integer in hex
    expected = (TestCase([7, 40_000], right.outcomes[0]["value"]), *task.tests[1:])
    oracle = dataclasses.replace(task, tests=expected)
    assert judge(oracle, right).status == "pass"
    off_by_one = _check(local_sandbox, task, "def power(b, e):\n    return b ** e + (e > 5000)\n")
    assert judge(oracle, off_by_one).status == "fail"
    assert same({"__int__": hex(BELOW)}, BELOW, "float") and not same({"__int__": hex(BELOW)}, BELOW + 1, "float")


def test_a_task_checker_receives_wide_integers_as_integers(local_sandbox: Sandbox) -> None:
    checker = "def check(args, answer, output):\n    return type(output) is int and output == args[0] ** args[1]\n"
    task = _task(checker=checker)
    scheduler = Scheduler(local_sandbox)
    results = [
        _check(local_sandbox, task, code)
        for code in ("def power(b, e):\n    return b ** e\n", "def power(b, e):\n    return -b ** e\n")
    ]
    verdicts = judge_all([task, task], results, scheduler, LIMITS)
    assert [v.status for v in verdicts] == ["pass", "fail"]


def test_a_wide_integer_stress_output_has_a_digest(local_sandbox: Sandbox) -> None:
    task = _task()
    result = local_sandbox.run(profile_payload(task, task.tiers[0].code, meter_payload("time", None), LIMITS))
    assert result.status == "ok", result.message
    (level,) = result.levels
    assert "unsupported" not in level and level["digest"] == load_worker().digest({"__int__": hex(WIDE)})
