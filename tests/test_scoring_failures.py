"""A run never dies in scoring (issue 13, 3b).

The `time` meter once read 0.0 ns for calls under its clock's resolution; eff@k then divided
by zero and a 21-minute run ended with a traceback and no results. Now the meter resolves such
calls (or flags what it cannot), eff@k is defined for every cost, and one task whose scores
cannot be computed is recorded as such while the others are scored.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from evalperf.cli import main
from evalperf.tasks.builtin import load_builtin_suite

MINI_SUITE = Path(__file__).parent / "data" / "mini_suite"
ENAMEL = Path(__file__).resolve().parents[2] / "shared" / "data" / "enamel"


@pytest.fixture(autouse=True)
def _private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))


def _evaluate(suite: str, samples: Path, out: Path) -> tuple[Any, dict[str, Any]]:
    args = ["evaluate", "--suite", suite, "--samples", str(samples), "--sandbox", "local", "--meter", "time"]
    result = CliRunner().invoke(main, [*args, "--jobs", "2", "--out", str(out)])
    assert result.exit_code == 0, result.output
    return result, json.loads(out.read_text())


def test_a_task_whose_scores_cannot_be_computed_is_recorded_and_the_run_goes_on(tmp_path: Path) -> None:
    # a suite of two tasks, one of them with hardness weights summing to 0: eff@k is undefined there
    root = tmp_path / "suite"
    shutil.copytree(MINI_SUITE / "pair_sums", root / "pair_sums")
    broken = root / "pair_sums_unweighted"
    shutil.copytree(MINI_SUITE / "pair_sums", broken)
    toml = (broken / "task.toml").read_text(encoding="utf-8")
    toml = toml.replace('id = "pair_sums"', 'id = "pair_sums_unweighted"').replace("weight = 3", "weight = 0")
    (broken / "task.toml").write_text(toml.replace("weight = 1", "weight = 0"), encoding="utf-8")
    suite = load_builtin_suite(root)
    assert [lv.weight for lv in suite.tasks[1].levels] == [0.0, 0.0]
    lines = [json.dumps({"task_id": t.task_id, "solution": t.tiers[-1].code}) for t in suite.tasks]
    samples = tmp_path / "samples.jsonl"
    samples.write_text("\n".join(lines) + "\n", encoding="utf-8")

    result, document = _evaluate(f"builtin:{root}", samples, tmp_path / "out.json")
    failed = document["tasks"]["pair_sums_unweighted"]["scores"]
    assert "ValueError" in failed["error"] and "weights" in failed["error"]
    assert not failed["scored"] and failed["eff@1"] is None and failed["dps"] is None
    assert failed["n"] == 1 and failed["pass@1"] == 1.0  # what needs no cost is still there
    fine = document["tasks"]["pair_sums"]["scores"]
    assert fine["scored"] and "error" not in fine and fine["eff@1"] is not None
    summary = document["summary"]
    assert summary["scoring_errors"] == ["pair_sums_unweighted"] and summary["tasks_scored"] == 1
    assert any("pair_sums_unweighted: scores could not be computed" in w for w in document["warnings"])
    assert "pair_sums_unweighted: scores could not be computed" in result.output


def test_enamel_canonical_solutions_under_the_time_meter_are_scored(tmp_path: Path) -> None:
    # issue 13's run: HumanEval/67's and HumanEval/79's calls read 0.0 ns on every level
    if not ENAMEL.is_dir():
        pytest.skip(f"external data not present at {ENAMEL}")
    canonical = json.loads((ENAMEL / "humaneval-canonical.json").read_text(encoding="utf-8"))
    # a list of solutions per problem in this release: the first
    code = {n: canonical[n][0] if isinstance(canonical[n], list) else canonical[n] for n in (67, 79)}
    lines = [json.dumps({"task_id": f"HumanEval/{n}", "solution": code[n]}) for n in (67, 79)]
    samples = tmp_path / "canonical.jsonl"
    samples.write_text("\n".join(lines) + "\n", encoding="utf-8")

    _, document = _evaluate(f"enamel:{ENAMEL}", samples, tmp_path / "out.json")
    assert document["summary"]["scoring_errors"] == []
    for task_id in ("HumanEval/67", "HumanEval/79"):
        task = document["tasks"][task_id]
        assert task["references"]["usable"], task["references"]["problems"]
        (sample,) = task["samples"]
        assert sample["status"] == "pass"
        profiles = [sample["profile"], *task["references"]["tiers"]]  # a tier's record is its profile
        for profile in profiles:
            assert all(c > 0 for c in profile["level_costs"]), profile
            assert "below_resolution" not in profile or not profile["below_resolution"]["levels"], profile
        assert task["scores"]["scored"] and task["scores"]["eff@1"] is not None
