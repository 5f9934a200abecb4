"""External suites (ENAMEL, COFFE, EvalPerf, MBPP+): loading, caching, and end to end under valgrind.

ENAMEL, COFFE and MBPP+ are read in place from ../shared/data (skipped when absent); the
EvalPerf fixture under tests/data/evalperf is the team's own, in the published format.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from evalperf.cli import main
from evalperf.errors import ConfigError
from evalperf.scoring.eff import sample_efficiency
from evalperf.tasks.external.cache import SuiteCache, task_from_data, task_to_data
from evalperf.tasks.model import Suite
from evalperf.tasks.suites import load_suite
from tests.conftest import need_valgrind

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
ENAMEL = SHARED / "enamel"
COFFE = SHARED / "coffe"
MBPP_PLUS = SHARED / "evalplus"
EVALPERF_FIXTURE = Path(__file__).parent / "data" / "evalperf"


def _need(folder: Path) -> None:
    if not folder.is_dir():
        pytest.skip(f"external data not present at {folder}")


@pytest.fixture(autouse=True)
def _private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # suite, test and reference caches of this test only
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))


def test_enamel_has_its_142_problems_with_hardness_levels() -> None:
    _need(ENAMEL)
    suite = load_suite(f"enamel:{ENAMEL}")
    assert len(suite.tasks) == 142 and suite.get("HumanEval/2") is None
    task = suite.get("HumanEval/0")
    assert task is not None
    assert [lv.weight for lv in task.levels] == [3.0, 3.0, 4.0] and task.eff_limit == "max"
    assert [t.name for t in task.tiers] == ["humaneval-canonical", "enamel-expert"] and task.tiers[0].optional
    assert task.pending is not None and task.pending.count == 8 and not task.tests
    # the standard equality checker is applied on the host; the others run in the sandbox
    assert task.checker is None and suite.get("HumanEval/20").checker is not None  # type: ignore[union-attr]
    # a second load comes from the cache and is identical
    assert load_suite(f"enamel:{ENAMEL / 'enamel.csv'}").content_hash() == suite.content_hash()


def test_coffe_accepts_both_folders_and_has_398_problems() -> None:
    _need(COFFE)
    outer = load_suite(f"coffe:{COFFE}")
    inner = load_suite(f"coffe:{COFFE / 'function'}")
    assert len(outer.tasks) == 398 and outer.content_hash() == inner.content_hash()
    task = outer.get("Mbpp/132")
    assert task is not None and task.tests and len(task.levels) == 5
    assert task.tiers[-1].name == "coffe-best" and task.tiers[-1].code.rstrip().endswith("tup_string = solution")


def test_mbppplus_and_evalperf_fixture_load() -> None:
    _need(MBPP_PLUS)
    assert len(load_suite(f"mbppplus:{MBPP_PLUS}").tasks) == 378
    suite = load_suite(f"evalperf:{EVALPERF_FIXTURE}")
    task = suite.get("Mbpp/9001")
    assert task is not None and task.tier_scores() == [22.5, 61.0, 100.0]
    assert task.pending is not None and len(task.pending.args) == 6


def test_sources_without_a_path_name_the_offline_alternative() -> None:
    for spec, hint in (("coffe", "coffe:PATH"), ("evalperf", "evalperf:PATH")):
        with pytest.raises(ConfigError, match=hint):
            load_suite(spec)


def test_task_data_round_trip_and_damaged_cache_is_rebuilt(tmp_path: Path) -> None:
    suite = load_suite(f"evalperf:{EVALPERF_FIXTURE}")
    for task in suite.tasks:
        assert task_from_data(json.loads(json.dumps(task_to_data(task)))).content_hash() == task.content_hash()
    cache = SuiteCache(tmp_path)
    cache.write(suite, "abc")
    assert cache.read("evalperf", "abc") == suite
    path = next(tmp_path.glob("evalperf-*.json"))
    path.write_text(path.read_text().replace("positive divisors", "negative divisors", 1))
    assert cache.read("evalperf", "abc") is None
    rebuilt = cache.load("evalperf", "abc", lambda: Suite("evalperf", suite.tasks))
    assert rebuilt.content_hash() == suite.content_hash()


def test_enamel_eff_uses_one_limit_over_all_levels() -> None:
    # t* = (10, 100): T = 200 for both levels (ENAMEL), not 20 and 200 per level
    assert sample_efficiency([15, 100], [10, 100], [1, 1], 2.0, "max") == pytest.approx((185 / 190 + 1) / 2)
    assert sample_efficiency([15, 100], [10, 100], [1, 1], 2.0, "level") == pytest.approx((5 / 10 + 1) / 2)


def _references_as_samples(spec: str, task_ids: list[str], path: Path) -> Path:
    suite = load_suite(spec)
    lines = []
    for task_id in task_ids:
        task = suite.get(task_id)
        assert task is not None
        lines += [json.dumps({"task_id": task_id, "solution": tier.code}) for tier in task.tiers]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _evaluate(spec: str, task_ids: list[str], tmp_path: Path) -> dict[str, Any]:
    tmp_path.mkdir(parents=True, exist_ok=True)
    samples = _references_as_samples(spec, task_ids, tmp_path / "samples.jsonl")
    out = tmp_path / "out.json"
    args = ["evaluate", "--suite", spec, "--samples", str(samples), "--sandbox", "local", "--meter", "valgrind"]
    result = CliRunner().invoke(main, [*args, "--jobs", "2", "--timeout", "2", "--out", str(out)])
    assert result.exit_code == 0, result.output
    document: dict[str, Any] = json.loads(out.read_text())
    return document


@pytest.mark.valgrind
def test_evalperf_fixture_round_trips(tmp_path: Path) -> None:
    need_valgrind()
    document = _evaluate(f"evalperf:{EVALPERF_FIXTURE}", ["Mbpp/9001", "HumanEval/9001"], tmp_path)
    for task_id, scores in (("Mbpp/9001", [22.5, 61.0, 100.0]), ("HumanEval/9001", [35.0, 100.0])):
        task = document["tasks"][task_id]
        assert task["references"]["usable"], task["references"]["problems"]
        samples = task["samples"]
        assert [s["status"] for s in samples] == ["pass"] * len(scores)
        assert [s["matched_tier"] for s in samples] == list(range(len(scores)))
        assert [s["dps"] for s in samples] == scores


@pytest.mark.valgrind
def test_enamel_and_coffe_references_evaluate_end_to_end(tmp_path: Path) -> None:
    need_valgrind()
    _need(ENAMEL)
    _need(COFFE)
    enamel = _evaluate(f"enamel:{ENAMEL}", ["HumanEval/11", "HumanEval/4"], tmp_path / "enamel")
    for task_id in ("HumanEval/11", "HumanEval/4"):
        task = enamel["tasks"][task_id]
        assert task["references"]["usable"], task["references"]["problems"]
        assert all(s["status"] == "pass" for s in task["samples"])
        assert task["samples"][-1]["eff"] == pytest.approx(1.0)  # the expert solution is the limit's anchor
    coffe = _evaluate(f"coffe:{COFFE}", ["Mbpp/132"], tmp_path / "coffe")
    task = coffe["tasks"]["Mbpp/132"]
    assert task["references"]["usable"] and task["samples"][-1]["dps"] == 100.0


@pytest.mark.valgrind
def test_validate_reports_usable_external_tasks() -> None:
    need_valgrind()
    _need(COFFE)
    args = ["tasks", "validate", "Mbpp/132", "--suite", f"coffe:{COFFE}", "--sandbox", "local", "--jobs", "2"]
    result = CliRunner().invoke(main, [*args, "--timeout", "2"])
    assert result.exit_code == 0, result.output
    assert "1/1 tasks usable for efficiency scoring" in result.stdout


@pytest.mark.valgrind
def test_an_optional_tier_that_fails_the_tests_never_anchors_scores(tmp_path: Path) -> None:
    # HumanEval's canonical change_base returns '' for x = 0, which ENAMEL's tests reject
    need_valgrind()
    _need(ENAMEL)
    document = _evaluate(f"enamel:{ENAMEL}", ["HumanEval/44"], tmp_path)
    task = document["tasks"]["HumanEval/44"]
    canonical, expert = task["references"]["tiers"]
    assert not canonical["anchor"] and expert["anchor"]
    assert any("fails the tests" in note for note in task["references"]["dropped"])
    assert [s["status"] for s in task["samples"]] == ["fail", "pass"]
    assert task["samples"][1]["matched_tier"] == 1 and task["samples"][1]["dps"] == 100.0


@pytest.mark.valgrind
def test_enamel_humaneval_8_validates_with_its_wide_integer_outputs() -> None:
    # sum_product of 30,000 integers: a product far over CPython's 4,300-digit str limit (issue 13)
    need_valgrind()
    _need(ENAMEL)
    args = ["tasks", "validate", "HumanEval/8", "--suite", f"enamel:{ENAMEL}", "--sandbox", "local", "--jobs", "2"]
    result = CliRunner().invoke(main, [*args, "--json"])
    assert result.exit_code == 0, result.output
    (task,) = json.loads(result.stdout)["tasks"]
    assert task["ok"], task["problems"]
    assert task["anchors"] == ["enamel-expert"] and task["costs"][0] > 0


@pytest.mark.valgrind
def test_mbppplus_tuple_inputs_give_tests(tmp_path: Path) -> None:
    # Mbpp/106 appends a list to a tuple; JSON made the tuple a list, its contract rejected every
    # test, and the task had none: EvalPlus' types restored, the canonical solution passes them
    need_valgrind()
    _need(MBPP_PLUS)
    spec = f"mbppplus:{MBPP_PLUS / 'MbppPlus.jsonl'}"
    document = _evaluate(spec, ["Mbpp/106"], tmp_path)
    task = document["tasks"]["Mbpp/106"]
    assert task["references"]["usable"], task["references"]["problems"]
    assert [s["status"] for s in task["samples"]] == ["pass"]


def test_mbppplus_set_equal_tasks_get_evalplus_oracle() -> None:
    _need(MBPP_PLUS)
    suite = load_suite(f"mbppplus:{MBPP_PLUS / 'MbppPlus.jsonl'}")
    task, plain = suite.get("Mbpp/111"), suite.get("Mbpp/3")
    assert task is not None and plain is not None and plain.checker is None
    assert task.checker is not None
    namespace: dict[str, Any] = {}
    exec(task.checker, namespace)
    check = namespace["check"]
    assert check((), [12, 18], [18, 12]) and not check((), [12, 18], [12]) and not check((), [1], [[1]])


@pytest.mark.valgrind
def test_mbppplus_set_equal_task_accepts_any_order(tmp_path: Path) -> None:
    need_valgrind()
    _need(MBPP_PLUS)
    spec = f"mbppplus:{MBPP_PLUS / 'MbppPlus.jsonl'}"
    reordered = (
        "def common_in_nested_lists(nestedlist):\n"
        "    return sorted(set.intersection(*map(set, nestedlist)), reverse=True)\n"
    )
    samples = tmp_path / "samples.jsonl"
    samples.write_text(json.dumps({"task_id": "Mbpp/111", "solution": reordered}) + "\n")
    out = tmp_path / "out.json"
    args = ["evaluate", "--suite", spec, "--samples", str(samples), "--sandbox", "local", "--meter", "valgrind"]
    result = CliRunner().invoke(main, [*args, "--jobs", "2", "--timeout", "2", "--out", str(out)])
    assert result.exit_code == 0, result.output
    (sample,) = json.loads(out.read_text())["tasks"]["Mbpp/111"]["samples"]
    assert sample["status"] == "pass", sample  # its tests pass, as in EvalPlus (exact equality failed it)
