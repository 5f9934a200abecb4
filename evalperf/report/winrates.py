"""Win rates as the EvalPerf leaderboard defines them (DESIGN.md), from per-task DPS.

- task-wise: over every other model and every task both scored, the share of per-task
  DPS comparisons won (a tie counts 1/2);
- model-wise: the share of other models beaten on mean DPS over the tasks both scored
  (a tie counts 1/2; a model sharing no scored task is left out);
- pairwise: the task-wise win rate of one model against each other one (the heatmap).
"""

from __future__ import annotations

import math
from typing import cast

import pandas as pd


def dps_matrix(frame: pd.DataFrame, metric: str = "dps") -> pd.DataFrame:
    """Tasks x models of ``metric``, NaN where the task does not count for the model."""
    table = frame.pivot_table(index="task", columns="model", values=metric, aggfunc="first", dropna=False)
    return cast(pd.DataFrame, table.reindex(columns=list(dict.fromkeys(frame["model"]))))


def _duel(a: pd.Series, b: pd.Series) -> tuple[float, float, int, float, float]:
    """(wins of a + ties/2, same for b, tasks shared, mean of a, mean of b) on the tasks both scored."""
    both = a.notna() & b.notna()
    x, y = a[both], b[both]
    wins = float((x > y).sum()) + 0.5 * float((x == y).sum())
    shared = int(both.sum())
    return wins, shared - wins, shared, float(x.mean()) if shared else math.nan, float(y.mean()) if shared else math.nan


def pairwise_win_rates(matrix: pd.DataFrame) -> pd.DataFrame:
    """Models x models: the task-wise win rate (0-100) of the row against the column; NaN if nothing shared."""
    models = list(matrix.columns)
    table = pd.DataFrame(math.nan, index=models, columns=models, dtype=float)
    for a in models:
        for b in models:
            if a != b:
                wins, _, shared, _, _ = _duel(matrix[a], matrix[b])
                table.loc[a, b] = 100 * wins / shared if shared else math.nan
    return cast(pd.DataFrame, table)


def win_rates(matrix: pd.DataFrame) -> pd.DataFrame:
    """Per model: win_rate_task and win_rate_model (0-100, NaN when the model shares no scored task)."""
    rows = {}
    for a in matrix.columns:
        task_wins = task_rounds = model_wins = model_rounds = 0.0
        for b in matrix.columns:
            if a == b:
                continue
            wins, _, shared, mean_a, mean_b = _duel(matrix[a], matrix[b])
            if not shared:
                continue
            task_wins, task_rounds = task_wins + wins, task_rounds + shared
            model_wins += 1.0 if mean_a > mean_b else 0.5 if mean_a == mean_b else 0.0
            model_rounds += 1
        rows[a] = {
            "win_rate_model": 100 * model_wins / model_rounds if model_rounds else math.nan,
            "win_rate_task": 100 * task_wins / task_rounds if task_rounds else math.nan,
        }
    return cast(pd.DataFrame, pd.DataFrame.from_dict(rows, orient="index"))
