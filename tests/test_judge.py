"""Judging outcomes against expected outputs, on the host."""

from __future__ import annotations

from evalperf.evaluate.judge import judge, same
from evalperf.sandbox.base import JobResult
from evalperf.tasks.model import Level, Task, TestCase, Tier


def _task(compare: str = "exact") -> Task:
    return Task(
        task_id="t",
        title="t",
        category="implementation",
        prompt="",
        entry_point="f",
        tests=(TestCase([1], [1, 2]), TestCase([2], 0.5)),
        generator="",
        levels=(Level(1, 1),),
        tiers=(Tier("a", ""),),
        compare=compare,
    )


def test_same_distinguishes_bool_and_int_and_tolerates_floats_when_asked() -> None:
    assert not same(True, 1, "exact")
    assert same([1, 2], [1, 2], "exact")
    assert not same(0.1 + 0.2, 0.3, "exact")
    assert same(0.1 + 0.2, 0.3, "float")
    assert same([0.1 + 0.2, {"a": 1.0}], [0.3, {"a": 1.0000000001}], "float")


def test_judge_statuses() -> None:
    ok = JobResult("ok", outcomes=[{"value": [1, 2]}, {"value": 0.5}])
    assert judge(_task(), ok).status == "pass"
    wrong = JobResult("ok", outcomes=[{"value": [2, 1]}, {"value": 0.5}])
    assert judge(_task(), wrong).status == "fail"
    raised = JobResult("ok", outcomes=[{"raised": "ValueError: x"}, {"value": 0.5}])
    assert judge(_task(), raised).message.startswith("test 0 raised ValueError")
    assert judge(_task(), JobResult("timeout", "slow")).status == "timeout"
    assert judge(_task(), JobResult("memory")).status == "memory"
    assert judge(_task(), JobResult("error", "boom")).status == "error"
    assert judge(_task(), JobResult("ok", outcomes=[{"value": [1, 2]}])).status == "error"
    odd = JobResult("ok", outcomes=[{"unsupported": "type X"}, {"value": 0.5}])
    assert judge(_task(), odd).status == "error"
