"""The leaderboard: one row per results file (model), sorted, with win rates and bootstrap intervals.

Models are compared on the tasks every results file has (evalperf.report.load.compare_runs);
the tasks left out are named in the warnings. Columns (scores on a 0-100 scale): pass@k and
eff@k in percent (k > 1 only where every task of the model has n >= k), DPS and DPS_norm over
the tasks the model is scored on (DESIGN.md's protocol; for one file, or files of the same
tasks, the same numbers as the results file's summary), a bootstrap-over-tasks interval for
DPS and eff@1, tasks scored / total, and the EvalPerf win rates.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from evalperf.report.bootstrap import LEVEL, RESAMPLES, bootstrap_ci
from evalperf.report.frame import available_ks, task_frame
from evalperf.report.load import Run, compare_runs, load_runs
from evalperf.report.winrates import dps_matrix, pairwise_win_rates, win_rates

SCHEMA = "evalperf.leaderboard/1"
FORMATS = ("csv", "markdown", "json")
SORT_KEYS = ("dps", "dps_norm", "pass@1", "eff@1", "win_rate_model", "win_rate_task")


@dataclass
class Leaderboard:
    """Everything built from a set of results files."""

    runs: list[Run]
    table: pd.DataFrame  # one row per model, sorted, with a rank
    tasks: pd.DataFrame  # one row per (model, task)
    pairwise: pd.DataFrame  # task-wise win rate of row against column
    ks: list[int]
    seed: int
    warnings: list[str] = field(default_factory=list)
    shared_tasks: list[str] = field(default_factory=list)  # the tasks every run has: what is compared
    left_out: dict[str, list[str]] = field(default_factory=dict)  # per model, its tasks not every run has

    @property
    def metric_columns(self) -> list[str]:
        """The score columns, in display order."""
        cols = [f"pass@{k}" for k in self.ks] + ["dps", "dps_ci_low", "dps_ci_high", "dps_norm"]
        cols += ["eff@1", "eff@1_ci_low", "eff@1_ci_high"] + [f"eff@{k}" for k in self.ks if k != 1]
        return cols


def _model_mean(tasks: pd.DataFrame, column: str, k: int) -> float:
    values = tasks[column]
    if k > 1:
        base = tasks[column.split("@")[0] + "@1"]
        if values[base.notna()].isna().any():  # some task has fewer than k samples
            return math.nan
    values = values.dropna()
    return float(values.mean()) if len(values) else math.nan


def _model_row(run: Run, tasks: pd.DataFrame, ks: Sequence[int], seed: int) -> dict[str, Any]:
    with_samples = tasks[tasks["n"] > 0]
    row: dict[str, Any] = {"model": run.model}
    for k in ks:
        row[f"pass@{k}"] = _model_mean(with_samples, f"pass@{k}", k)
    row["dps"] = _model_mean(with_samples, "dps", 1)
    row["dps_ci_low"], row["dps_ci_high"] = bootstrap_ci(list(with_samples["dps"]), seed, run.model)
    row["dps_norm"] = _model_mean(with_samples, "dps_norm", 1)
    for k in ks:
        row[f"eff@{k}"] = _model_mean(with_samples, f"eff@{k}", k)
    row["eff@1_ci_low"], row["eff@1_ci_high"] = bootstrap_ci(list(with_samples["eff@1"]), seed, run.model)
    row["tasks_scored"] = int(with_samples["scored"].sum())
    row["tasks_total"] = len(with_samples)
    row["samples"] = int(with_samples["n"].sum())
    env = run.environment
    row["meter"] = env.get("meter", run.document["config"].get("meter"))
    row["tier_tolerance"] = run.tier_tolerance
    row["suite"] = env.get("suite", "")
    row["suite_hash"] = str(env.get("suite_hash", ""))[:12]
    row["file"] = str(run.path)
    return row


def build_leaderboard(
    paths: Sequence[Path],
    seed: int = 0,
    sort: str = "dps",
    allow_mixed: bool = False,
    override: str | None = None,
) -> Leaderboard:
    """Read ``paths`` and build the leaderboard on their shared tasks.

    ResultsError for unreadable or incomparable files; ``override``: how the caller lets
    incomparable runs through (named in the refusal).
    """
    if sort not in SORT_KEYS:
        raise ValueError(f"sort key must be one of {', '.join(SORT_KEYS)}")
    comparison = compare_runs(load_runs(paths), allow_mixed, override)
    runs, warnings = comparison.runs, list(comparison.warnings)
    for run in runs:
        warnings.extend(f"{run.model}: {w}" for w in run.document.get("warnings", []) if "unstable" in w)
        if run.fell_back:
            warnings.append(f"{run.model}: measured with the noisy `time` meter, no instruction counter worked there")
    ks = available_ks(runs)
    tasks = task_frame(runs, ks)
    rows = [_model_row(run, tasks[tasks["model"] == run.model], ks, seed) for run in runs]
    table = pd.DataFrame(rows).set_index("model")
    matrix = dps_matrix(tasks)
    table = table.join(win_rates(matrix))
    table = table.reset_index()
    ordered = table.sort_values(
        [sort, "pass@1", "model"], ascending=[False, False, True], na_position="last", kind="mergesort"
    ).reset_index(drop=True)
    ordered.insert(0, "rank", range(1, len(ordered) + 1))
    order = list(ordered["model"])
    pairwise = pairwise_win_rates(matrix).reindex(index=order, columns=order)
    return Leaderboard(runs, ordered, tasks, pairwise, ks, seed, warnings, comparison.shared, comparison.left_out)


def _columns(board: Leaderboard) -> list[str]:
    return [
        "rank",
        "model",
        *board.metric_columns,
        "tasks_scored",
        "tasks_total",
        "win_rate_model",
        "win_rate_task",
        "samples",
        "meter",
        "tier_tolerance",
        "suite",
        "suite_hash",
        "file",
    ]


def to_csv(board: Leaderboard) -> str:
    """Every column, scores rounded to 4 decimals, empty cells for missing values."""
    return str(board.table[_columns(board)].round(4).to_csv(index=False, lineterminator="\n"))


def _cell(value: Any, digits: int = 1) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "-"
    return f"{value:.{digits}f}"


def to_markdown(board: Leaderboard) -> str:
    """A readable table: scores with their interval, win rates, coverage; then the warnings."""
    t = board.table
    view = pd.DataFrame(
        {
            "#": t["rank"],
            "model": t["model"],
            **{f"pass@{k}": t[f"pass@{k}"].map(_cell) for k in board.ks},
            "DPS [95% CI]": [
                f"{_cell(v)} [{_cell(lo)}, {_cell(hi)}]"
                for v, lo, hi in zip(t["dps"], t["dps_ci_low"], t["dps_ci_high"])
            ],
            "DPS_norm": t["dps_norm"].map(_cell),
            "eff@1 [95% CI]": [
                f"{_cell(v)} [{_cell(lo)}, {_cell(hi)}]"
                for v, lo, hi in zip(t["eff@1"], t["eff@1_ci_low"], t["eff@1_ci_high"])
            ],
            **{f"eff@{k}": t[f"eff@{k}"].map(_cell) for k in board.ks if k != 1},
            "tasks": [f"{s}/{n}" for s, n in zip(t["tasks_scored"], t["tasks_total"])],
            "win (model)": t["win_rate_model"].map(_cell),
            "win (task)": t["win_rate_task"].map(_cell),
        }
    )
    meters = ", ".join(sorted({str(m) for m in t["meter"]}))
    tolerances = ", ".join(f"{v:g}" for v in sorted(set(t["tier_tolerance"])))
    text = str(view.to_markdown(index=False, stralign="right", numalign="right", disable_numparse=True))
    notes = [
        "",
        f"Scores 0-100 (pass@k, eff@k in %) on the {len(board.shared_tasks)} task(s) every run has. Meter: {meters}. "
        f"Tier tolerance: {tolerances}. Intervals: bootstrap over tasks, "
        f"{RESAMPLES} resamples, seed {board.seed}. Win rates: EvalPerf's, on DPS over shared scored tasks.",
    ]
    notes += [f"> warning: {w}" for w in board.warnings]
    return text + "\n" + "\n".join(notes) + "\n"


def _plain(value: Any) -> Any:
    if isinstance(value, float) and math.isnan(value):
        return None
    if hasattr(value, "item"):  # numpy scalars
        return _plain(value.item())
    return value


def to_json_data(board: Leaderboard) -> dict[str, Any]:
    """The leaderboard as plain data (missing values are null)."""
    models = [{k: _plain(v) for k, v in rec.items()} for rec in board.table[_columns(board)].to_dict("records")]
    pairwise = {
        a: {b: _plain(board.pairwise.loc[a, b]) for b in board.pairwise.columns if b != a} for a in board.pairwise.index
    }
    return {
        "schema": SCHEMA,
        "scale": "0-100: pass@k and eff@k in percent, DPS and DPS_norm as defined",
        "bootstrap": {"resamples": RESAMPLES, "level": LEVEL, "seed": board.seed, "over": "tasks"},
        "ks": board.ks,
        "tasks_compared": len(board.shared_tasks),
        "left_out": board.left_out,
        "warnings": board.warnings,
        "models": models,
        "pairwise_win_rate_task": pairwise,
    }


def to_json(board: Leaderboard) -> str:
    """``to_json_data`` as indented JSON text."""
    return json.dumps(to_json_data(board), indent=1) + "\n"


def render(board: Leaderboard, fmt: str) -> str:
    """The leaderboard in ``fmt`` (csv, markdown or json)."""
    renderers = {"csv": to_csv, "markdown": to_markdown, "json": to_json}
    if fmt not in renderers:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}")
    return renderers[fmt](board)
