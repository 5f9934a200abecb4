"""The CI gate: check one results file against thresholds and, optionally, against a baseline run.

Scores are on the leaderboard's 0-100 scale (pass@1 and eff@1 in percent); a minimum in
(0, 1] reads as a fraction (0.6 for 60%) and would pass almost anything, so it is refused
(``FRACTION_LIMIT``). A tolerated drop below 1 point is accepted: too small a value fails
loudly, it never passes silently. The minimums apply to every task of the results file.
Against a baseline, the runs are compared as the leaderboard compares them (the same meter
and task content; evalperf.report.load.compare_runs), each score on the tasks both runs share
(DPS: the tasks both are scored on), so a run that covers other tasks is not judged on a
different set; a drop larger than ``max_drop`` points fails. A score that cannot be computed
(no scored task) fails its check.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import cast

import pandas as pd

from evalperf.errors import ConfigError
from evalperf.report.frame import task_frame
from evalperf.report.load import compare_runs, load_runs

METRICS = (("pass@1", "pass@1"), ("DPS", "dps"), ("eff@1", "eff@1"))
OPTIONS = {"pass@1": "--min-pass1", "dps": "--min-dps", "eff@1": "--min-eff1"}
FRACTION_LIMIT = 1.0  # a minimum in (0, FRACTION_LIMIT] is taken for a fraction and refused


@dataclass(frozen=True)
class Thresholds:
    """What the gate asks; None means not checked."""

    min_pass1: float | None = None
    min_dps: float | None = None
    min_eff1: float | None = None
    max_drop: float | None = None

    def minimum(self, column: str) -> float | None:
        """The floor for a score column, if any."""
        return {"pass@1": self.min_pass1, "dps": self.min_dps, "eff@1": self.min_eff1}[column]


@dataclass(frozen=True)
class Check:
    """One line of the gate's verdict."""

    name: str
    ok: bool
    detail: str


def _mean(values: pd.Series) -> float:
    values = values.dropna()
    return float(values.mean()) if len(values) else math.nan


def _fmt(value: float) -> str:
    return "none" if math.isnan(value) else f"{value:.1f}"


def _refuse_fractions(thresholds: Thresholds) -> None:
    for column, option in OPTIONS.items():
        value = thresholds.minimum(column)
        if value is not None and 0 < value <= FRACTION_LIMIT:
            raise ConfigError(
                f"{option} {value:g} looks like a fraction, but scores are on a 0-100 scale (percent): for "
                f"{100 * value:g}% write {option} {100 * value:g}. A minimum of {FRACTION_LIMIT:g} point or less "
                "passes almost anything, so it is refused"
            )


def _with_samples(frame: pd.DataFrame, model: str) -> pd.DataFrame:
    return cast(pd.DataFrame, frame[(frame["model"] == model) & (frame["n"] > 0)].set_index("task"))


def run_gate(path: Path, thresholds: Thresholds, baseline: Path | None = None) -> tuple[list[Check], list[str]]:
    """The checks (in order) and warnings; ConfigError for bad thresholds, ResultsError for bad or incomparable runs."""
    wants_floor = any(thresholds.minimum(c) is not None for _, c in METRICS)
    if not wants_floor and baseline is None:
        raise ConfigError("nothing to check: give --min-pass1, --min-dps, --min-eff1 or --baseline")
    if (baseline is None) != (thresholds.max_drop is None):
        raise ConfigError("--baseline and --max-drop go together")
    _refuse_fractions(thresholds)
    runs = load_runs([path] if baseline is None else [path, baseline])
    current = _with_samples(task_frame(runs[:1]), runs[0].model)
    checks = []
    for label, column in METRICS:
        floor = thresholds.minimum(column)
        if floor is not None:
            value = _mean(current[column])
            ok = not math.isnan(value) and value >= floor
            checks.append(Check(f"{label} >= {floor:g}", ok, f"{label} {_fmt(value)} (minimum {floor:g})"))
    warnings: list[str] = []
    if baseline is not None and thresholds.max_drop is not None:
        comparison = compare_runs(runs)  # no way around a refusal: the gate compares like with like
        warnings = comparison.warnings
        pair = task_frame(comparison.runs)
        new, old = _with_samples(pair, runs[0].model), _with_samples(pair, runs[1].model)
        for label, column in METRICS:
            shared = new[column].notna() & old[column].reindex(new.index).notna()
            tasks = list(new.index[shared])
            new_v, old_v = _mean(new.loc[tasks, column]), _mean(old.loc[tasks, column])
            drop = old_v - new_v
            ok = bool(tasks) and drop <= thresholds.max_drop
            detail = (
                f"{label} {_fmt(old_v)} -> {_fmt(new_v)} on {len(tasks)} shared task(s) "
                f"(drop {_fmt(drop)}, allowed {thresholds.max_drop:g})"
                if tasks
                else f"{label}: no task both runs are scored on"
            )
            checks.append(Check(f"{label} drop <= {thresholds.max_drop:g}", ok, detail))
    return checks, warnings
