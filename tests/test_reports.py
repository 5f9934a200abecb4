"""Leaderboard, HTML report and CI gate on two real results files, and the reference cache at work.

The two results files come from the real pipeline (valgrind meter, local sandbox, the fixture
suite) for two "models" sharing one reference cache: the second must profile no reference.
The report is opened in headless Chromium, which must run its script without an error.
"""

from __future__ import annotations

import csv
import io
import json
import math
import re
import shutil
import subprocess
from collections.abc import Iterator
from html import unescape
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from click.testing import CliRunner

from evalperf.cli import main
from evalperf.evaluate.run import EvaluateOptions, EvaluateReport, evaluate_file
from evalperf.report.bootstrap import bootstrap_ci
from evalperf.report.html import STYLE
from evalperf.report.svg import Bar, bar_chart, heatmap
from evalperf.report.winrates import pairwise_win_rates, win_rates
from evalperf.sandbox.base import Limits
from evalperf.tasks.builtin import load_builtin_suite
from tests.conftest import need_valgrind

SUITE_DIR = Path(__file__).parent / "data" / "mini_suite"


class PhaseCounter:
    """A progress sink that remembers how many jobs each phase had."""

    def __init__(self) -> None:
        self.totals: dict[str, int] = {}

    def start(self, phase: str, total: int) -> None:
        self.totals[phase] = total

    def advance(self, phase: str, steps: int = 1) -> None:
        pass


@pytest.fixture(scope="module")
def two_runs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """Results of model_a then model_b, evaluated with a fresh reference cache shared by both."""
    need_valgrind()
    root = tmp_path_factory.mktemp("runs")
    suite = load_builtin_suite(SUITE_DIR)
    task = suite.tasks[0]
    tiers = [t.code for t in task.tiers]
    codes = {
        "model_a": [tiers[0], tiers[1], tiers[2], "def pair_sums(values):\n    return 0\n"],
        "model_b": [tiers[2], tiers[2], tiers[1], tiers[0]],
    }
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CACHE_HOME", str(root / "cache"))
        reports: dict[str, EvaluateReport] = {}
        phases: dict[str, dict[str, int]] = {}
        for model, solutions in codes.items():
            samples = root / f"{model}.jsonl"
            samples.write_text("".join(json.dumps({"task_id": task.task_id, "solution": c}) + "\n" for c in solutions))
            options = EvaluateOptions(
                samples_path=samples,
                out=root / f"{model}.json",
                sandbox="local",
                meter="valgrind",
                jobs=2,
                limits=Limits(wall_s=10, cpu_s=10),
            )
            counter = PhaseCounter()
            reports[model] = evaluate_file(suite, options, counter)
            phases[model] = counter.totals
    yield {"root": root, "reports": reports, "phases": phases, "tiers": len(task.tiers)}


@pytest.mark.valgrind
def test_second_model_profiles_no_reference_again(two_runs: dict[str, Any]) -> None:
    first, second = two_runs["reports"]["model_a"], two_runs["reports"]["model_b"]
    assert two_runs["phases"]["model_a"]["references"] == two_runs["tiers"] and first.cache_hits == 0
    assert two_runs["phases"]["model_b"]["references"] == 0 and second.cache_hits == two_runs["tiers"]
    tiers = [[t["cost"] for t in r.document["tasks"]["pair_sums"]["references"]["tiers"]] for r in (first, second)]
    assert tiers[0] == tiers[1]
    assert first.document["config"]["model"] == "model_a"
    env = first.document["environment"]
    for key in ("cpu_model", "kernel", "evalperf", "meter", "suite_hash"):
        assert env[key]
    assert env["sandbox"]["python"] and "image" in env["sandbox"]


def _files(two_runs: dict[str, Any]) -> list[str]:
    return [str(two_runs["root"] / "model_a.json"), str(two_runs["root"] / "model_b.json")]


@pytest.mark.valgrind
def test_leaderboard_in_three_formats(two_runs: dict[str, Any], tmp_path: Path) -> None:
    files = _files(two_runs)
    outputs = {}
    for fmt in ("csv", "markdown", "json"):
        out = tmp_path / f"board.{fmt}"
        result = CliRunner().invoke(main, ["leaderboard", *files, "--format", fmt, "-o", str(out)])
        assert result.exit_code == 0, result.output
        assert "model_b" in result.output  # the terminal table
        outputs[fmt] = out.read_text()

    summaries = {m: r.document["summary"] for m, r in two_runs["reports"].items()}
    rows = list(csv.DictReader(io.StringIO(outputs["csv"])))
    assert [r["model"] for r in rows] == ["model_b", "model_a"]  # sorted by DPS
    for row in rows:
        summary = summaries[row["model"]]
        assert float(row["dps"]) == pytest.approx(summary["dps"], abs=1e-3)
        assert float(row["pass@1"]) == pytest.approx(100 * summary["pass@1"], abs=1e-3)
        assert float(row["eff@1"]) == pytest.approx(100 * summary["eff@1"], abs=1e-3)
        assert row["tasks_scored"] == "1" and row["tasks_total"] == "1"
    assert (rows[0]["win_rate_model"], rows[0]["win_rate_task"]) == ("100.0", "100.0")
    assert (rows[1]["win_rate_model"], rows[1]["win_rate_task"]) == ("0.0", "0.0")

    data = json.loads(outputs["json"])
    assert data["schema"] == "evalperf.leaderboard/1" and data["warnings"] == []
    assert data["pairwise_win_rate_task"] == {"model_b": {"model_a": 100.0}, "model_a": {"model_b": 0.0}}
    best = data["models"][0]
    assert best["dps_ci_low"] <= best["dps"] <= best["dps_ci_high"]

    table = outputs["markdown"].splitlines()
    assert table[0].startswith("|") and "DPS [95% CI]" in table[0] and "model_b" in table[2]

    piped = CliRunner().invoke(main, ["leaderboard", *files, "--format", "csv"])
    assert piped.exit_code == 0 and piped.output == outputs["csv"]


def _chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if path := shutil.which(name):
            return path
    pytest.skip("chromium is not installed (Debian: apt-get install chromium)")


def _render(html: Path, tmp_path: Path, width: int = 1280) -> str:
    """The DOM after Chromium, in a window ``width`` pixels wide, loaded the page and ran its scripts."""
    result = subprocess.run(
        [
            _chromium(),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            f"--user-data-dir={tmp_path / 'profile'}",
            f"--window-size={width},1000",
            "--virtual-time-budget=3000",
            "--dump-dom",
            html.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


# Run after the page's own scripts: what the browser laid out, as JSON in <pre id="measured">.
MEASURE = """<script>(function(){
  function room(el){var s=getComputedStyle(el);
    return el.clientWidth-parseFloat(s.paddingLeft)-parseFloat(s.paddingRight);}
  function box(el){var r=el.getBoundingClientRect();return [r.left,r.top,r.right,r.bottom];}
  var texts=[],walk=document.createTreeWalker(document.body,NodeFilter.SHOW_TEXT);
  while(walk.nextNode()){var t=walk.currentNode.nodeValue.trim();if(t)texts.push(t);}
  var charts=[].map.call(document.querySelectorAll('.card > svg'),function(svg){
    return {label:svg.getAttribute('aria-label'),width:svg.getBoundingClientRect().width,
            room:room(svg.parentNode),drawn:svg.viewBox.baseVal.width};});
  var values=[];
  document.querySelectorAll('svg').forEach(function(svg){
    var whiskers=[].map.call(svg.querySelectorAll('path.ci'),box);
    svg.querySelectorAll('text.value').forEach(function(t){
      values.push({text:t.textContent,box:box(t),svg:box(svg),whiskers:whiskers});});});
  var env=document.getElementById('environment'),out={texts:texts,charts:charts,values:values};
  if(env)out.environment={table:[env.scrollWidth,env.clientWidth],card:[env.parentNode.scrollWidth,env.parentNode.clientWidth]};
  var pre=document.createElement('pre');pre.id='measured';pre.textContent=JSON.stringify(out);
  document.body.appendChild(pre);
})();</script>"""


def _measure(page: str, tmp_path: Path, width: int) -> dict[str, Any]:
    """Layout facts of ``page`` (HTML text) in a Chromium window ``width`` pixels wide."""
    probe = tmp_path / f"measured-{width}.html"
    probe.write_text(page.replace("</body>", MEASURE + "</body>", 1))
    found = re.search(r'<pre id="measured">(.*?)</pre>', _render(probe, tmp_path, width), re.S)
    assert found is not None
    return dict(json.loads(unescape(found.group(1))))


def _overlap(a: list[float], b: list[float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _assert_values_clear_their_whiskers(measured: dict[str, Any]) -> None:
    for value in measured["values"]:
        assert not any(_overlap(value["box"], w) for w in value["whiskers"]), value
        assert value["box"][2] <= value["svg"][2] + 0.5, value  # inside the chart


def test_bar_values_clear_their_whiskers_and_charts_fill_the_panel_in_chromium(tmp_path: Path) -> None:
    # wide intervals, one reaching 100: the value written at the bar's end used to sit on the whisker
    bars = [Bar("model a", 50.0, 20.0, 90.0), Bar("model b", 99.0, 95.0, 100.0), Bar("model c", 3.0, 0.0, 40.0)]
    names = ["model a", "model b"]
    grid = heatmap("heatmap", names, names, [[math.nan, 60.0], [40.0, math.nan]])
    page = (
        f"<!DOCTYPE html><html><head><style>{STYLE}</style></head><body><main>"
        f'<div class="card">{bar_chart("bars", bars)}</div><div class="card">{grid}</div></main></body></html>'
    )
    for width in (1400, 700):
        measured = _measure(page, tmp_path, width)
        assert len(measured["values"]) == 3
        _assert_values_clear_their_whiskers(measured)
        chart = next(c for c in measured["charts"] if c["label"] == "heatmap")
        # two columns only, yet as wide as the panel (no wider than drawn, so text never grows)
        assert chart["width"] == pytest.approx(min(chart["room"], chart["drawn"]), abs=1)
        assert chart["width"] >= chart["room"] - 1


@pytest.mark.valgrind
def test_report_is_self_contained_and_renders_in_chromium(two_runs: dict[str, Any], tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    result = CliRunner().invoke(main, ["report", *_files(two_runs), "-o", str(out)])
    assert result.exit_code == 0, result.output
    page = out.read_text()
    # nothing fetched: no external scripts, styles, images or fonts
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert "@import" not in page and "url(" not in page
    for section in ("Leaderboard", "Pairwise win rates", "Tier matching per task", "Costs against the reference"):
        assert section in page

    dom = _render(out, tmp_path)
    status = re.search(r'id="render-status"[^>]*', dom)
    assert status is not None, dom[-2000:]
    assert 'data-status="ok"' in status.group(0), dom[-3000:]
    svgs = re.search(r'data-svgs="(\d+)"', status.group(0))
    assert svgs is not None and int(svgs.group(1)) >= 5
    assert "model_a" in dom and "model_b" in dom and "<circle" in dom

    # the check itself catches a script error
    broken = tmp_path / "broken.html"
    broken.write_text(page.replace("</main>", "<script>notDefinedAnywhere();</script></main>", 1))
    broken_dom = _render(broken, tmp_path)
    assert 'data-status="error"' in broken_dom and "notDefinedAnywhere" in broken_dom

    # the layout, in a wide and in a narrow window
    for width in (1400, 760):
        measured = _measure(page, tmp_path, width)
        assert "rendered" not in measured["texts"] and "rendering" not in measured["texts"]
        _assert_values_clear_their_whiskers(measured)
        full_width = ("row model beats", "samples by", "sample costs")
        wide = [c for c in measured["charts"] if c["label"].startswith(full_width)]
        assert len(wide) == 3, measured["charts"]
        for chart in wide:  # they follow the panel: all of its width, shrinking with it
            assert chart["width"] == pytest.approx(chart["room"], abs=1), (width, chart)
        table, card = measured["environment"]["table"], measured["environment"]["card"]
        assert table[0] <= table[1] and card[0] <= card[1], (width, measured["environment"])  # no sideways scroll


@pytest.mark.valgrind
def test_gate_passes_fails_and_refuses_bad_input(two_runs: dict[str, Any], tmp_path: Path) -> None:
    a, b = _files(two_runs)
    sa, sb = (two_runs["reports"][m].document["summary"] for m in ("model_a", "model_b"))
    assert sb["dps"] > sa["dps"]  # model_b submits faster tiers
    runner = CliRunner()
    ok = runner.invoke(main, ["gate", b, "--min-pass1", "90", "--min-dps", f"{sb['dps'] - 1}", "--min-eff1", "10"])
    assert ok.exit_code == 0, ok.output
    assert "gate passed" in ok.output and ok.output.count("PASS") == 3

    low = runner.invoke(main, ["gate", a, "--min-pass1", "50", "--min-dps", f"{sa['dps'] + 1:.1f}"])
    assert low.exit_code == 1, low.output
    assert f"PASS  pass@1 {100 * sa['pass@1']:.1f}" in low.output
    assert f"FAIL  DPS {sa['dps']:.1f} (minimum {sa['dps'] + 1:.1f})" in low.output
    assert "gate failed: 1 of 2" in low.output

    drop = runner.invoke(main, ["gate", a, "--baseline", b, "--max-drop", "5"])
    assert drop.exit_code == 1 and f"DPS {sb['dps']:.1f} -> {sa['dps']:.1f} on 1 shared task(s)" in drop.output
    same = runner.invoke(main, ["gate", b, "--baseline", b, "--max-drop", "0"])
    assert same.exit_code == 0, same.output

    wrong = tmp_path / "wrong.json"
    wrong.write_text(json.dumps({"schema": "something/9"}))
    garbage = tmp_path / "garbage.json"
    garbage.write_text("{not json")
    for bad in (
        [str(tmp_path / "missing.json"), "--min-dps", "1"],
        [str(wrong), "--min-dps", "1"],
        [str(garbage), "--min-dps", "1"],
        [b],
        [b, "--baseline", a],
    ):
        result = runner.invoke(main, ["gate", *bad])
        assert result.exit_code == 2, (bad, result.output)


@pytest.mark.valgrind
def test_runs_of_different_meters_are_not_mixed_silently(two_runs: dict[str, Any], tmp_path: Path) -> None:
    a, b = _files(two_runs)
    other = json.loads(Path(b).read_text())
    other["environment"]["meter"] = "time"
    timed = tmp_path / "timed.json"
    timed.write_text(json.dumps(other))
    refused = CliRunner().invoke(main, ["leaderboard", a, str(timed), "--format", "json"])
    assert refused.exit_code == 2 and "meter differs" in refused.output and "--allow-mixed" in refused.output
    allowed = CliRunner().invoke(main, ["leaderboard", a, str(timed), "--format", "json", "--allow-mixed"])
    assert allowed.exit_code == 0
    assert "not comparable" in allowed.output
    gate = CliRunner().invoke(main, ["gate", a, "--baseline", str(timed), "--max-drop", "5"])
    assert gate.exit_code == 2 and "meter differs" in gate.output
    assert "--allow-mixed" not in gate.output  # the gate has no such option: its messages never name it


def test_win_rates_follow_the_evalperf_definitions() -> None:
    nan = math.nan
    # tasks x models of DPS; NaN = not scored
    matrix = pd.DataFrame(
        {"a": [100.0, 50.0, 20.0, nan], "b": [50.0, 50.0, 80.0, 10.0], "c": [nan, nan, nan, 90.0]},
        index=["t1", "t2", "t3", "t4"],
    )
    rates = win_rates(matrix)
    # a vs b on t1..t3: win, tie, loss -> 1.5 of 3; a vs c share nothing
    assert rates.loc["a", "win_rate_task"] == pytest.approx(50.0)
    # a's mean 56.7 vs b's 60.0 on t1..t3: a loses; c is not compared
    assert rates.loc["a", "win_rate_model"] == pytest.approx(0.0)
    # b: vs a 1.5/3, vs c 0/1 -> 1.5/4 task-wise; model-wise beats a, loses to c
    assert rates.loc["b", "win_rate_task"] == pytest.approx(37.5)
    assert rates.loc["b", "win_rate_model"] == pytest.approx(50.0)
    assert math.isnan(rates.loc["c", "win_rate_model"]) is False and rates.loc["c", "win_rate_model"] == 100.0
    pairs = pairwise_win_rates(matrix)
    assert pairs.loc["a", "b"] == pytest.approx(50.0) and math.isnan(pairs.loc["a", "c"])


def test_bootstrap_is_seeded_and_brackets_the_mean() -> None:
    values = [10.0, 20.0, 30.0, 80.0, 95.0, math.nan]
    first = bootstrap_ci(values, seed=0, model="m")
    assert bootstrap_ci(values, seed=0, model="m") == first
    assert bootstrap_ci(values, seed=1, model="m") != first
    assert first[0] < sum(values[:5]) / 5 < first[1]
    assert all(math.isnan(v) for v in bootstrap_ci([math.nan], seed=0, model="m"))
