"""End to end through the CLI on a small fixture suite, under the real valgrind meter.

Covers: identical costs and scores on two runs, each reference tier submitted as a
sample matched to its own tier, a malformed samples file (every bad line named, valid
lines evaluated, empty and unparsable solutions counted as incorrect), a file with no usable
sample (refused before any sandbox starts), the results document, `tasks list/show/validate`.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from evalperf.cli import main
from evalperf.tasks.builtin import load_builtin_suite
from tests.conftest import need_valgrind

SUITE_DIR = Path(__file__).parent / "data" / "mini_suite"
SUITE = f"builtin:{SUITE_DIR}"


def _samples(tmp_path: Path) -> Path:
    suite = load_builtin_suite(SUITE_DIR)
    task = suite.tasks[0]
    lines = [json.dumps({"task_id": task.task_id, "solution": tier.code}) for tier in task.tiers]
    lines += [
        "{oops",
        json.dumps({"task_id": "no_such_task", "solution": "def f(): pass"}),
        json.dumps({"task_id": task.task_id}),
        json.dumps({"task_id": task.task_id, "solution": ""}),
        json.dumps({"task_id": task.task_id, "solution": "def pair_sums(v):\n    return (\n"}),
        json.dumps({"task_id": task.task_id, "solution": "def pair_sums(v):\n    return 0\n"}),
        json.dumps(
            {
                "task_id": task.task_id,
                "completion": "    return sum(a * b for i, a in enumerate(values) for b in values[i + 1:])\n",
            }
        ),
    ]
    path = tmp_path / "samples.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _evaluate(samples: Path, out: Path, *extra: str) -> tuple[Any, dict[str, Any]]:
    result = CliRunner().invoke(
        main,
        [
            "evaluate",
            "--suite",
            SUITE,
            "--samples",
            str(samples),
            "--sandbox",
            "local",
            "--meter",
            "valgrind",
            "--jobs",
            "2",
            "--out",
            str(out),
            *extra,
        ],
    )
    assert result.exit_code == 0, result.output
    return result, json.loads(out.read_text())


@pytest.mark.valgrind
def test_evaluate_end_to_end_is_deterministic_and_matches_tiers(tmp_path: Path) -> None:
    need_valgrind()
    samples = _samples(tmp_path)
    first_run, first = _evaluate(samples, tmp_path / "a.json", "--no-cache")
    _, second = _evaluate(samples, tmp_path / "b.json", "--no-cache")

    # bad lines are named, with the file and line number
    output = first_run.output
    for line in (4, 5, 6, 7, 8):
        assert f"samples.jsonl:{line}:" in output
    assert "not valid JSON" in output and "unknown task id 'no_such_task'" in output
    assert "missing field 'solution'" in output and "empty solution" in output and "syntax error" in output

    task = first["tasks"]["pair_sums"]
    samples_out = task["samples"]
    # the empty and the unparsable solutions (lines 7, 8) are incorrect samples, counted in n
    assert [s["line"] for s in samples_out] == [1, 2, 3, 7, 8, 9, 10]
    statuses = [s["status"] for s in samples_out]
    assert statuses == ["pass", "pass", "pass", "error", "error", "fail", "pass"]
    assert samples_out[3]["message"] == "empty solution" and samples_out[4]["message"].startswith("syntax error")
    # every reference tier, as a sample, lands on its own tier with the tier's exact cost
    ref_costs = [t["cost"] for t in task["references"]["tiers"]]
    assert ref_costs == sorted(ref_costs, reverse=True)
    assert [s["matched_tier"] for s in samples_out[:3]] == [0, 1, 2]
    assert [s["cost"] for s in samples_out[:3]] == ref_costs
    assert [s["dps"] for s in samples_out[:3]] == pytest.approx([100 / 3, 200 / 3, 100.0])
    # the EvalPlus completion is correct but as slow as the naive tier or slower
    assert samples_out[6]["matched_tier"] in (-1, 0)

    # two runs: identical costs and scores
    def measured(doc: dict[str, Any]) -> list[Any]:
        t = doc["tasks"]["pair_sums"]
        return [[r["cost"] for r in t["references"]["tiers"]]] + [
            [s["cost"], s["matched_tier"], s["dps"], s["dps_norm"], s["eff"]] for s in t["samples"]
        ]

    assert measured(first) == measured(second)
    assert first["summary"] == second["summary"]

    summary = first["summary"]
    assert summary["tasks_scored"] == 1 and summary["samples"] == 7 and summary["correct"] == 4
    assert summary["pass@1"] == pytest.approx(4 / 7)
    env = first["environment"]
    assert env["meter"] == "valgrind" and env["sandbox"]["kind"] == "local"
    assert env["sandbox"]["python"] and env["suite_hash"] and env["cpu_model"]
    assert first["schema"] == "evalperf.results/1"


def test_tasks_list_and_show_json() -> None:
    runner = CliRunner()
    listed = runner.invoke(main, ["tasks", "list", "--suite", SUITE, "--json"])
    assert listed.exit_code == 0, listed.output
    assert [t["task_id"] for t in json.loads(listed.output)["tasks"]] == ["pair_sums"]
    shown = runner.invoke(main, ["tasks", "show", "pair_sums", "--suite", SUITE, "--json"])
    data = json.loads(shown.output)
    assert data["entry_point"] == "pair_sums" and len(data["tiers"]) == 3
    assert "def pair_sums" in data["tiers"][0]["code"] and data["tests"][2] == {"args": [[1, 2, 3]], "expected": 11}
    missing = runner.invoke(main, ["tasks", "show", "nope", "--suite", SUITE])
    assert missing.exit_code == 2 and "unknown task id" in missing.output


def test_builtin_suite_lists_every_task() -> None:
    result = CliRunner().invoke(main, ["tasks", "list", "--json"])
    assert result.exit_code == 0, result.output
    assert len(json.loads(result.output)["tasks"]) >= 12


@pytest.mark.valgrind
def test_validate_accepts_the_fixture_and_rejects_a_broken_copy(tmp_path: Path) -> None:
    need_valgrind()
    ok = CliRunner().invoke(
        main, ["tasks", "validate", "--suite", SUITE, "--sandbox", "local", "--no-cache", "--tiers-as-samples"]
    )
    assert ok.exit_code == 0, ok.output
    broken = tmp_path / "suite" / "pair_sums"
    broken.parent.mkdir()
    import shutil

    shutil.copytree(SUITE_DIR / "pair_sums", broken)
    # make the fast tier wrong and swap two tiers' order
    (broken / "refs" / "2_builtin.py").write_text("def pair_sums(values):\n    return sum(values)\n")
    text = (
        (broken / "task.toml")
        .read_text()
        .replace("refs/0_double.py", "refs/X")
        .replace("refs/1_running.py", "refs/0_double.py")
        .replace("refs/X", "refs/1_running.py")
    )
    (broken / "task.toml").write_text(text)
    bad = CliRunner().invoke(
        main, ["tasks", "validate", "--suite", f"builtin:{tmp_path / 'suite'}", "--sandbox", "local", "--no-cache"]
    )
    assert bad.exit_code == 1
    assert "fails the tests" in bad.output
    assert "below 1.5x" in bad.output or "disagree" in bad.output


@pytest.mark.valgrind
def test_validate_tiers_as_samples_catches_a_tier_whose_count_is_not_reproducible(tmp_path: Path) -> None:
    need_valgrind()
    import shutil

    suite = tmp_path / "suite" / "pair_sums"
    shutil.copytree(SUITE_DIR / "pair_sums", suite)
    slowest = suite / "refs" / "0_double.py"
    # correct, and as slow as before, but its work grows with the clock (100 loops per
    # millisecond since now): measured later as a sample, it always counts far more than its
    # reference did, beyond any tolerance, whatever the machine's load
    slowest.write_text(
        "import time\n\n"
        + slowest.read_text()
        + f"\n\n_pair_sums = pair_sums\n_T0 = {time.time_ns() // 1_000_000}\n\n"
        + "def pair_sums(values):\n"
        + "    for _ in range(min(time.time_ns() // 1_000_000 - _T0, 600_000) * 100):\n"
        + "        pass\n"
        + "    return _pair_sums(values)\n"
    )
    args = ["tasks", "validate", "--suite", f"builtin:{tmp_path / 'suite'}", "--sandbox", "local", "--no-cache"]
    assert CliRunner().invoke(main, args).exit_code == 0  # the usual checks cannot see it
    caught = CliRunner().invoke(main, [*args, "--tiers-as-samples"])
    assert caught.exit_code == 1, caught.output
    # on a slower tier, or on its own beyond the tolerance: either way not reproducible
    assert "as a sample lands on tier" in caught.output or "its count is not reproducible" in caught.output


def test_auto_sandbox_never_falls_back_to_local_silently(monkeypatch: pytest.MonkeyPatch) -> None:
    from evalperf.errors import SandboxError
    from evalperf.sandbox import choose

    monkeypatch.setattr("evalperf.sandbox.docker_pool.docker_ready", lambda: "engine not reachable")
    with pytest.raises(SandboxError, match="--sandbox local"):
        choose.resolve_sandbox("auto")


def test_evaluate_with_the_time_meter_records_its_unit(tmp_path: Path) -> None:
    samples = _samples(tmp_path)
    out = tmp_path / "t.json"
    result = CliRunner().invoke(
        main,
        [
            "evaluate",
            "--suite",
            SUITE,
            "--samples",
            str(samples),
            "--sandbox",
            "local",
            "--meter",
            "time",
            "--out",
            str(out),
        ],
    )
    assert result.exit_code == 0, result.output
    doc = json.loads(out.read_text())
    assert doc["config"]["meter"] == "time" and doc["config"]["cost_unit"] == "ns"
    tiers = doc["tasks"]["pair_sums"]["references"]["tiers"]
    assert all(t["cost"] > 0 for t in tiers)
    assert tiers[0]["cost"] > tiers[-1]["cost"]  # the O(n^2) tier is slower even on a noisy clock
    assert isinstance(doc["warnings"], list)


@pytest.mark.parametrize(
    ("content", "why"),
    [
        ("", "the file holds no sample line"),
        ("\n{oops\n[1]\n", "1 line(s) not valid JSON; 1 line(s) not a JSON object"),
        (json.dumps({"task_id": "no_such_task", "solution": "def f(): pass"}) + "\n", "1 line(s) of unknown task ids"),
        (
            json.dumps({"task_id": "edit_distance", "solution": "def f(): pass"}) + "\n",
            "1 line(s) of tasks not selected by --tasks",
        ),
    ],
)
def test_a_file_without_usable_samples_is_refused_before_any_sandbox_or_meter(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: str, why: str
) -> None:
    def started(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("a sandbox was started (and its meters probed) for a file with nothing to evaluate")

    monkeypatch.setattr("evalperf.evaluate.run.open_session", started)
    samples = tmp_path / "samples.jsonl"
    samples.write_text(content, encoding="utf-8")
    out = tmp_path / "out.json"
    args = ["evaluate", "--samples", str(samples), "--tasks", "hex_encode", "--sandbox", "local", "--out", str(out)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2, result.output  # bad input, as `gate` and click's usage errors
    assert f"error: no usable samples in {samples}: {why}" in result.output
    assert not out.exists() and list(tmp_path.iterdir()) == [samples]
