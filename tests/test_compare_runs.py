"""Runs compared on the tasks they share, and a run folder's results growing with its tasks.

Real runs (the shipped replay recording, local sandbox, valgrind meter, a reference cache of
the test's own, placed with --cache-dir): `run --tasks A`, then `run --tasks B` in the same run
folder, and `evaluate` of the same samples without --tasks (so its suite hash covers the whole
built-in suite). The variants the comparison must refuse are made from these real files by
changing the one field at stake.
"""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from evalperf.cli import main
from evalperf.paths import CACHE_ENV
from tests.conftest import need_valgrind

ROOT = Path(__file__).parent.parent
DEMO = ROOT / "examples" / "replay-demo.jsonl"
A, B = "pattern_positions", "parse_int_csv"
MEASURE = ["--sandbox", "local", "--meter", "valgrind", "--jobs", "2"]


def _flat(output: str) -> str:
    return " ".join(output.split())


def _invoke(*args: str) -> Result:
    return CliRunner().invoke(main, list(args))


def _read(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text())
    return data


def _write(path: Path, document: dict[str, Any]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document))
    return path


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """The real files: after `run --tasks A` (a copy), after `run --tasks B`, and `evaluate` of both tasks."""
    need_valgrind()
    root = tmp_path_factory.mktemp("compare")
    results_dir, cache = root / "results", root / "cache"
    common = ["--model", f"replay:{DEMO}", "--results-dir", str(results_dir), "--cache-dir", str(cache), *MEASURE]
    with pytest.MonkeyPatch.context() as patch:
        patch.delenv(CACHE_ENV, raising=False)  # --cache-dir sets it in this process: undone afterwards
        first = _invoke("run", *common, "--tasks", A)
        assert first.exit_code == 0, first.output
        folder = results_dir / "replay-demo" / "instruct-t0-n3"
        snapshot = root / "first.json"
        shutil.copy(folder / "results.json", snapshot)
        second = _invoke("run", *common, "--tasks", B)
        assert second.exit_code == 0, second.output
        merged = root / "merged.json"
        shutil.copy(folder / "results.json", merged)
        everything = root / "all.json"
        whole = _invoke(
            "evaluate", "--samples", str(folder / "samples.jsonl"), "--tasks", f"{A},{B}", "--cache-dir", str(cache),
            *MEASURE, "-o", str(everything),
        )  # fmt: skip
        assert whole.exit_code == 0, whole.output
        # the same samples without --tasks: the suite hash covers every built-in task
        unselected = root / "unselected.json"
        plain = _invoke(
            "evaluate", "--samples", str(folder / "samples.jsonl"), "--cache-dir", str(cache), *MEASURE,
            "-o", str(unselected),
        )  # fmt: skip
        assert plain.exit_code == 0, plain.output
        yield {
            "root": root,
            "common": common,
            "folder": folder,
            "first": snapshot,
            "merged": merged,
            "all": everything,
            "unselected": unselected,
            "outputs": {"first": first.output, "second": second.output},
            "cache": cache,
        }


# -- point 6: a run folder's results cover every task run in it -------------------------------


@pytest.mark.valgrind
@pytest.mark.slow
def test_run_with_other_tasks_adds_them_to_the_folders_results(runs: dict[str, Any]) -> None:
    first, merged = _read(runs["first"]), _read(runs["merged"])
    assert list(first["tasks"]) == [A]
    assert set(merged["tasks"]) == {A, B}
    # A was kept as measured (a re-measurement would differ at least in its CPU seconds)
    assert merged["tasks"][A] == first["tasks"][A]
    assert merged["summary"]["tasks_total"] == 2 and merged["summary"]["samples"] == 6
    assert sorted(merged["config"]["tasks"]) == sorted([A, B])
    assert all(len(t["samples_sha256"]) == 64 for t in merged["tasks"].values())
    assert f"kept 1 task(s) of the earlier results in {runs['folder'] / 'results.json'}" in _flat(
        runs["outputs"]["second"]
    )
    # the summary row is the model's name, not the word "model"
    rows = [line for line in runs["outputs"]["second"].splitlines() if "replay-demo" in line and "│" in line]
    assert rows and re.search(r"replay-demo\s*│\s*6\s*│", rows[-1]), runs["outputs"]["second"]
    # the reference cache went where --cache-dir said
    assert len(list((runs["cache"] / "references").glob("*.json"))) >= 2


@pytest.mark.valgrind
@pytest.mark.slow
def test_evaluate_update_evaluates_only_the_tasks_the_results_lack(runs: dict[str, Any], tmp_path: Path) -> None:
    whole = _read(runs["all"])
    # the results of a smaller suite: B is not in them yet
    out = _write(tmp_path / "results.json", {**whole, "tasks": {A: whole["tasks"][A]}})
    samples = str(runs["folder"] / "samples.jsonl")
    command = ["evaluate", "--samples", samples, "--tasks", f"{A},{B}", "--cache-dir", str(runs["cache"]), *MEASURE]
    grown = _invoke(*command, "--update", "-o", str(out))
    assert grown.exit_code == 0, grown.output
    assert f"kept 1 task(s) of the earlier results in {out}, unchanged" in _flat(grown.output)
    document = _read(out)
    assert set(document["tasks"]) == {A, B}
    # A kept as measured (a re-measurement differs at least in its CPU seconds); B measured now
    assert document["tasks"][A] == whole["tasks"][A]
    assert document["tasks"][B]["samples_sha256"] == whole["tasks"][B]["samples_sha256"]
    assert [s["cost"] for s in document["tasks"][B]["samples"]] == [s["cost"] for s in whole["tasks"][B]["samples"]]
    # once more: nothing is new, so nothing is evaluated and the file keeps both entries as they are
    again = _invoke(*command, "--update", "-o", str(out))
    assert again.exit_code == 0, again.output
    assert f"kept 2 task(s) of the earlier results in {out}, unchanged" in _flat(again.output)
    assert _read(out)["tasks"] == document["tasks"]
    # --update without a file to update is a usage error, before any work
    lost = _invoke(*command, "--update")
    assert lost.exit_code == 2 and "--update needs the results file" in lost.output


@pytest.mark.valgrind
@pytest.mark.slow
def test_earlier_tasks_measured_otherwise_are_evaluated_again(runs: dict[str, Any], tmp_path: Path) -> None:
    out = tmp_path / "results.json"
    shutil.copy(runs["merged"], out)
    tiers = sum(len(t["references"]["tiers"]) for t in _read(out)["tasks"].values())
    again = _invoke("run", *runs["common"], "--tasks", B, "--timeout", "9", "-o", str(out))
    assert again.exit_code == 0, again.output
    flat = _flat(again.output)
    assert "evaluated 1 task(s) of the earlier results again: measured otherwise (limits differ)" in flat
    # both tasks were measured now: every tier of both came from the reference cache
    assert f"reference cache hits {tiers}" in flat
    document = _read(out)
    assert set(document["tasks"]) == {A, B} and document["config"]["limits"]["wall_s"] == 9


@pytest.mark.valgrind
@pytest.mark.slow
def test_a_results_file_not_of_this_run_is_refused_not_overwritten(runs: dict[str, Any], tmp_path: Path) -> None:
    out = tmp_path / "results.json"
    out.write_text("{cut off")
    result = _invoke("run", *runs["common"], "--tasks", B, "-o", str(out))
    assert result.exit_code == 2, result.output
    assert "move that file away, or write elsewhere (--output)" in _flat(result.output)
    assert out.read_text() == "{cut off"
    other = _read(runs["merged"])
    other["config"]["model"] = "someone-else"
    text = json.dumps(other)
    out.write_text(text)
    result = _invoke("run", *runs["common"], "--tasks", B, "-o", str(out))
    assert result.exit_code == 2 and "holds the results of another model ('someone-else'" in _flat(result.output)
    assert out.read_text() == text


# -- point 4: compared on the shared tasks, refused only for what really differs -----------------


def _board(*args: str) -> tuple[Result, dict[str, Any]]:
    result = _invoke("leaderboard", *args, "--format", "json")
    data = json.loads(result.output[result.output.index("{") :]) if result.exit_code == 0 else {}
    return result, data


@pytest.mark.valgrind
@pytest.mark.slow
def test_runs_selected_differently_are_compared_on_their_shared_tasks(runs: dict[str, Any]) -> None:
    first, unselected = _read(runs["first"]), _read(runs["unselected"])
    assert first["environment"]["suite_hash"] != unselected["environment"]["suite_hash"]
    result, board = _board(str(runs["first"]), str(runs["unselected"]))
    assert result.exit_code == 0, result.output
    assert board["tasks_compared"] == 1
    assert board["left_out"] == {"replay-demo (unselected)": [B]}
    assert any(
        "compared on the 1 task(s) every run has; left out: replay-demo (unselected): 1" in w for w in board["warnings"]
    )
    assert [m["tasks_total"] for m in board["models"]] == [1, 1]
    # the same tasks scored: nothing left out, whatever the selection said
    result, board = _board(str(runs["merged"]), str(runs["unselected"]), str(runs["all"]))
    assert result.exit_code == 0, result.output
    assert board["tasks_compared"] == 2 and board["left_out"] == {}
    assert {m["model"] for m in board["models"]} == {
        "replay-demo (merged)",
        "replay-demo (unselected)",
        "replay-demo (all)",
    }
    # the gate compares with a baseline the same way, and says what it left out
    gate = _invoke("gate", str(runs["merged"]), "--baseline", str(runs["first"]), "--max-drop", "0.5")
    assert gate.exit_code == 0, gate.output
    flat = _flat(gate.output)
    assert "on 1 shared task(s)" in flat and f"left out: replay-demo (merged): 1 ({B})" in flat


@pytest.mark.valgrind
@pytest.mark.slow
def test_a_shared_task_of_other_content_is_refused(runs: dict[str, Any], tmp_path: Path) -> None:
    changed = _read(runs["all"])
    changed["tasks"][A]["content_hash"] = "0" * 64
    other = _write(tmp_path / "other-version.json", changed)
    for command in (["leaderboard"], ["report", "-o", str(tmp_path / "r.html")]):
        refused = _invoke(*command, str(runs["merged"]), str(other))
        assert refused.exit_code == 2, refused.output
        flat = _flat(refused.output)
        assert f"1 shared task(s) differ in content between the runs ({A})" in flat
        assert "pass --allow-mixed to compare them anyway" in flat
    result, board = _board(str(runs["merged"]), str(other), "--allow-mixed")
    assert result.exit_code == 0 and any("not comparable" in w for w in board["warnings"])
    gate = _invoke("gate", str(runs["merged"]), "--baseline", str(other), "--max-drop", "5")
    assert gate.exit_code == 2 and "differ in content" in _flat(gate.output)
    assert "--allow-mixed" not in gate.output


@pytest.mark.valgrind
@pytest.mark.slow
def test_runs_without_a_task_in_common_are_refused(runs: dict[str, Any], tmp_path: Path) -> None:
    only_b = _read(runs["all"])
    del only_b["tasks"][A]
    path = _write(tmp_path / "only-b.json", only_b)
    result = _invoke("leaderboard", str(runs["first"]), str(path))
    assert result.exit_code == 2 and "the runs have no task in common" in _flat(result.output)


@pytest.mark.valgrind
@pytest.mark.slow
def test_a_task_without_content_hash_is_compared_by_the_suite_hash(runs: dict[str, Any], tmp_path: Path) -> None:
    bare = _read(runs["all"])
    del bare["tasks"][A]["content_hash"]
    same_suite = _write(tmp_path / "same.json", bare)
    result, _ = _board(str(runs["all"]), str(same_suite))
    assert result.exit_code == 0, result.output
    bare["environment"]["suite_hash"] = "f" * 64
    other_suite = _write(tmp_path / "other.json", bare)
    refused = _invoke("leaderboard", str(runs["all"]), str(other_suite))
    assert refused.exit_code == 2 and "differ in content" in _flat(refused.output)


# -- point 13: readable labels, fraction thresholds, option names ------------------------------


@pytest.mark.valgrind
@pytest.mark.slow
def test_runs_of_one_model_get_labels_that_tell_them_apart(runs: dict[str, Any], tmp_path: Path) -> None:
    document = _read(runs["merged"])
    a = _write(tmp_path / "one" / "instruct-t0-n3" / "results.json", document)
    b = _write(tmp_path / "one" / "instruct-t0.8-n10" / "results.json", document)
    _, board = _board(str(a), str(b))
    assert {m["model"] for m in board["models"]} == {"replay-demo (instruct-t0-n3)", "replay-demo (instruct-t0.8-n10)"}
    later = dict(document, created="2031-05-06T07:08:09+00:00")
    c = _write(tmp_path / "two" / "instruct-t0-n3" / "results.json", later)
    _, board = _board(str(a), str(c))
    labels = {m["model"] for m in board["models"]}
    assert "replay-demo (2031-05-06 07:08)" in labels and len(labels) == 2
    _, board = _board(str(a), str(a))
    assert {m["model"] for m in board["models"]} == {
        "replay-demo #1",
        "replay-demo #2",
    }


@pytest.mark.valgrind
@pytest.mark.slow
def test_gate_refuses_minimums_that_look_like_fractions(runs: dict[str, Any]) -> None:
    merged = str(runs["merged"])
    for option, value in (("--min-dps", "0.6"), ("--min-pass1", "1"), ("--min-eff1", "0.05")):
        result = _invoke("gate", merged, option, value)
        assert result.exit_code == 2, result.output
        flat = _flat(result.output)
        assert f"{option} {value} looks like a fraction" in flat and f"write {option} {100 * float(value):g}" in flat
    assert _invoke("gate", merged, "--min-pass1", "50").exit_code == 0
    # a tolerated drop below one point is a strict gate, not a fraction: accepted
    strict = _invoke("gate", merged, "--baseline", merged, "--max-drop", "0.5")
    assert strict.exit_code == 0, strict.output


@pytest.mark.valgrind
@pytest.mark.slow
def test_every_command_writing_a_file_takes_dash_o_and_output_and_still_out(
    runs: dict[str, Any], tmp_path: Path
) -> None:
    for command in ("evaluate", "run", "leaderboard", "report"):
        shown = _invoke(command, "--help")
        assert "-o, --output" in shown.output and "--out " not in shown.output, (command, shown.output)
    for spelling in ("-o", "--output", "--out"):
        out = tmp_path / f"board{spelling}.csv"
        result = _invoke("leaderboard", str(runs["merged"]), spelling, str(out))
        assert result.exit_code == 0 and out.read_text().startswith("rank,"), (spelling, result.output)
