"""`evaluate --meter auto` where no instruction counter works, and samples whose code was refused things.

A real local sandbox runs every job, wrapped so that the meter probes of perf and valgrind fail
and the check jobs of marked samples report refused operations (what the worker reports). No
valgrind needed: the run measures with the `time` meter, which is the point. Checked: the
fall-back is shown before the progress bars and recorded in the results file, the refusals
reach the results file and the HTML report, the tier tolerance is recorded and compared.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from evalperf.cli import main
from evalperf.sandbox.base import JobResult, Sandbox, SandboxSettings
from evalperf.tasks.builtin import load_builtin_suite
from tests.fake_sandbox import TamperingSandbox, with_refusals

SUITE_DIR = Path(__file__).parent / "data" / "mini_suite"
SUITE = f"builtin:{SUITE_DIR}"
MARKER = "# tries the network"
REFUSED = {"network access": 3, "writing files": 1}


def _rewrite(payload: dict[str, Any], result: JobResult | None) -> JobResult | None:
    probing = payload.get("kind") == "profile" and payload.get("entry_point") == "probe"
    if result is None and probing and payload.get("meter") == "perf":
        return JobResult("meter-error", message="perf_event_open: no PMU (test)")
    if result is None and probing and payload.get("meter") == "valgrind":
        return JobResult("error", message="callgrind: unrecognised instruction (test)")
    if result is not None and payload.get("kind") == "check" and MARKER in str(payload.get("solution")):
        return with_refusals(result, REFUSED)
    return None


@pytest.fixture()
def tampered(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from evalperf.evaluate import session

    create = session.create_sandbox

    def make(kind: str, settings: SandboxSettings) -> Sandbox:
        return TamperingSandbox(create("local", settings), _rewrite)

    monkeypatch.setattr(session, "resolve_sandbox", lambda requested: "local")
    monkeypatch.setattr(session, "create_sandbox", make)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))


def _samples(tmp_path: Path) -> Path:
    task = load_builtin_suite(SUITE_DIR).tasks[0]
    solutions = [
        task.tiers[2].code + "\n" + MARKER + "\n",
        task.tiers[0].code,
        "def pair_sums(values):\n    return 0\n" + MARKER + "\n",
    ]
    path = tmp_path / "samples.jsonl"
    path.write_text("".join(json.dumps({"task_id": task.task_id, "solution": s}) + "\n" for s in solutions))
    return path


def test_fallback_is_shown_first_and_recorded_and_refusals_reach_the_report(tampered: None, tmp_path: Path) -> None:
    out = tmp_path / "a.json"
    args = ["evaluate", "--suite", SUITE, "--samples", str(_samples(tmp_path)), "--sandbox", "local"]
    result = CliRunner().invoke(main, [*args, "--meter", "auto", "--tier-tolerance", "0.01", "--out", str(out)])
    assert result.exit_code == 0, result.output
    output = result.output
    # the fall-back is on the first screen: before the progress bars, framed
    assert "falling back to the noisy `time` meter" in output
    first_bar = min(output.index(label) for label in ("profiling reference tiers", "checking samples"))
    assert output.index("falling back") < first_bar
    assert "warning" in output[: output.index("falling back")]

    doc = json.loads(out.read_text())
    config = doc["config"]
    assert config["meter_requested"] == "auto" and config["meter"] == "time"
    choice = config["meter_choice"]
    assert choice["fell_back"] and choice["requested"] == "auto" and choice["chosen"] == "time"
    assert choice["probes"]["perf"]["outcome"] == "broken" and "no PMU" in choice["probes"]["perf"]["detail"]
    assert choice["probes"]["valgrind"] == {
        "outcome": "broken",
        "detail": "callgrind: unrecognised instruction (test)",
        "attempts": 1,
    }
    assert "unrecognised instruction" in config["meters_tried"]["valgrind"]
    assert any("falling back" in w for w in doc["warnings"])
    assert config["tier_tolerance"] == 0.01

    samples = doc["tasks"]["pair_sums"]["samples"]
    assert [s["status"] for s in samples] == ["pass", "pass", "fail"]
    assert [s["refused"] for s in samples] == [REFUSED, {}, REFUSED]

    # a second run of the same samples scored with another tolerance: compared, with a warning
    other = dict(doc, config={**config, "model": "other", "tier_tolerance": 0.0})
    second = tmp_path / "b.json"
    second.write_text(json.dumps(other))
    html = tmp_path / "report.html"
    shown = CliRunner().invoke(main, ["report", str(out), str(second), "-o", str(html)])
    assert shown.exit_code == 0, shown.output
    assert "tier_tolerance differs" in shown.output
    assert "measured with the noisy `time` meter" in shown.output  # the fall-back follows the results
    page = html.read_text()
    assert "Refused operations" in page and 'id="refusals-per-task"' in page
    assert "network access \u00d76, writing files \u00d72" in page  # the task's total per model
    assert "network access \u00d73, writing files \u00d71" in page  # one sample
    assert "<td>2/3</td>" in page  # two of the task's three samples were refused something
    assert "time (fell back from auto)" in page and "tier tolerance 0, 0.01" in page

    board = CliRunner().invoke(main, ["leaderboard", str(out), str(second), "--format", "csv"])
    assert board.exit_code == 0, board.output
    rows = list(csv.DictReader(io.StringIO(board.output[board.output.index("rank,") :])))
    assert sorted(float(r["tier_tolerance"]) for r in rows) == [0.0, 0.01]


def test_tier_tolerance_is_validated(tmp_path: Path) -> None:
    samples = tmp_path / "s.jsonl"
    samples.write_text("")
    for bad in ("0.5", "-0.001", "nan"):
        result = CliRunner().invoke(
            main, ["evaluate", "--suite", SUITE, "--samples", str(samples), "--tier-tolerance", bad]
        )
        assert result.exit_code == 2, (bad, result.output)
        assert "--tier-tolerance" in result.output


def test_the_library_refuses_a_bad_tier_tolerance_before_starting_anything(tmp_path: Path) -> None:
    from evalperf.errors import ConfigError
    from evalperf.evaluate.run import EvaluateOptions, evaluate_file

    samples = tmp_path / "s.jsonl"
    samples.write_text("")
    options = EvaluateOptions(samples_path=samples, out=tmp_path / "r.json", sandbox="local", tier_tolerance=0.5)
    with pytest.raises(ConfigError, match=r"tier-tolerance must be at least 0 and below 0\.5"):
        evaluate_file(load_builtin_suite(SUITE_DIR), options)
