"""Test arguments JSON cannot carry (tuples, sets, complex) and MBPP+'s input types (EvalPlus' rules)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evalperf.errors import TaskError
from evalperf.evaluate.jobs import check_payload
from evalperf.evaluate.prepare import TestStore
from evalperf.sandbox.base import Limits
from evalperf.tasks.external.cache import task_from_data, task_to_data
from evalperf.tasks.external.mbpp_types import typed_inputs
from evalperf.tasks.literals import args_field, decode_args, encode_args, is_plain, read_args_field
from evalperf.tasks.model import Level, Task, TestCase, Tier
from evalperf.tasks.suites import load_suite

MBPP_PLUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "evalplus" / "MbppPlus.jsonl"


def test_plain_arguments_stay_json_and_others_become_literals() -> None:
    plain = [[1, 2.5, None, True], {"a": [1]}, "x", float("nan")]
    assert is_plain(plain) and encode_args(plain) == plain
    assert args_field([[1], 2]) == {"args": [[1], 2]}
    typed = [[1, 2], (3, 4), {5, 6}, 1 + 2j, b"ab", {"k": (1,)}]
    text = encode_args(typed)
    assert isinstance(text, str) and decode_args(text, "here") == typed
    assert [type(v) for v in decode_args(text, "here")] == [type(v) for v in typed]
    assert read_args_field(args_field(typed), "here") == typed


def test_bad_stored_arguments_are_named_errors() -> None:
    with pytest.raises(TaskError, match="not a Python literal"):
        decode_args("__import__('os')", "tests.json: test 3")
    with pytest.raises(TaskError, match="must be a list of arguments"):
        decode_args("{1: 2}", "tests.json: test 3")
    with pytest.raises(TaskError, match="needs 'args'"):
        read_args_field({"expected": 1}, "tests.json: test 0")
    with pytest.raises(TaskError, match="must be a string"):
        read_args_field({"args_literal": [1]}, "tests.json: test 0")


def test_evalplus_rules_restore_types() -> None:
    assert typed_inputs("Mbpp/106", [[[5, 6], [9, 10]]]) == [[[5, 6], (9, 10)]]
    assert typed_inputs("Mbpp/75", [[[[1, 2], [3, 4]], 2]]) == [[[(1, 2), (3, 4)], 2]]
    assert typed_inputs("Mbpp/115", [[[[1], []]]]) == [[[{1}, {}]]]  # EvalPlus' {} for an empty member
    assert typed_inputs("Mbpp/124", [[1, "1+2j"]]) == [[1.0, 1 + 2j]]
    assert typed_inputs("Mbpp/580", [[[1, [2, [3]]]]]) == [[(1, (2, (3,)))]]
    assert typed_inputs("Mbpp/401", [[[[1, 2]], [[3, 4]]]]) == [[((1, 2),), ((3, 4),)]]
    assert typed_inputs("Mbpp/3", [[[1, 2]]]) == [[[1, 2]]]  # no rule: unchanged
    assert typed_inputs("Mbpp/106", [[[1]]]) == [[[1]]]  # a shape the rule does not fit: unchanged


def test_typed_tests_survive_every_store() -> None:
    case = TestCase([[1, 2], (3, 4)], [1, 2, 3, 4])
    task = Task(
        "t/1",
        "t",
        "c",
        "p",
        "f",
        (case,),
        "def generate(seed, scale):\n    return []\n",
        (Level(0, 0, 1.0),),
        (Tier("a", "def f(a, b):\n    return list(b) + a\n"),),
    )
    untyped = Task(
        "t/1", "t", "c", "p", "f", (TestCase([[1, 2], [3, 4]], [1, 2, 3, 4]),), task.generator, task.levels, task.tiers
    )
    assert task.content_hash() != untyped.content_hash()  # a tuple is not a list
    assert check_payload(task, "x", Limits())["tests"] == ["[[1, 2], (3, 4)]"]
    back = task_from_data(json.loads(json.dumps(task_to_data(task))))
    assert back.tests[0].args == [[1, 2], (3, 4)] and back.content_hash() == task.content_hash()


def test_tests_cache_keeps_tuples(tmp_path: Path) -> None:
    store = TestStore(tmp_path)
    store.put("k", [TestCase([(1, 2), {3}], 5)], ["a note"])
    cached = store.get("k")
    assert cached is not None and cached[0][0].args == [(1, 2), {3}] and cached[1] == ["a note"]


def test_mbppplus_tasks_get_evalplus_types(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if not MBPP_PLUS.is_file():
        pytest.skip(f"external data not present at {MBPP_PLUS}")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    suite = load_suite(f"mbppplus:{MBPP_PLUS}")
    task = suite.get("Mbpp/106")
    assert task is not None and task.pending is not None
    assert all(isinstance(args[1], tuple) for args in task.pending.args)
    assert "ast.literal_eval" in task.generator  # its stress input keeps the tuple too
    # the second load comes from the suite cache, types included
    again = load_suite(f"mbppplus:{MBPP_PLUS}").get("Mbpp/106")
    assert again is not None and again.content_hash() == task.content_hash()
