"""The commands `evalperf leaderboard`, `evalperf report` and `evalperf gate` (what users do with results).

Thin: the library (evalperf.report) builds everything; this module reads options, writes files
and prints. `gate` exits 0 (passed), 1 (a check failed) or 2 (bad input: unreadable file,
wrong schema, incomparable runs, nothing to check).
"""

from __future__ import annotations

import math
import sys
from pathlib import Path
from typing import Any

import click
from rich.markup import escape

from evalperf.cli_common import console, errors, handle_errors, warn

RESULTS = click.argument("results", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
SEED = click.option("--seed", type=int, default=0, show_default=True, help="Seed of the bootstrap intervals.")
ALLOW_MIXED = click.option(
    "--allow-mixed", is_flag=True, help="Compare runs of different meters or task suites anyway (with a warning)."
)


def _write(path: Path, text: str) -> None:
    from evalperf.errors import ResultsError

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise ResultsError(f"cannot write {path}: {exc.strerror}") from exc


def _cell(value: Any) -> str:
    return "-" if value is None or (isinstance(value, float) and math.isnan(value)) else f"{value:.1f}"


def _rich_table(board: Any) -> Any:
    from rich.table import Table

    table = Table(title=f"evalperf leaderboard ({len(board.runs)} models; scores 0-100, 95% bootstrap CI)")
    heads = ["#", "model", *(f"pass@{k}" for k in board.ks), "DPS", "DPS CI", "DPS_norm", "eff@1", "eff@1 CI"]
    heads += [f"eff@{k}" for k in board.ks if k != 1] + ["tasks", "win model", "win task"]
    for head in heads:
        table.add_column(head, justify="left" if head == "model" else "right", no_wrap=True)
    for r in board.table.to_dict("records"):
        table.add_row(
            str(r["rank"]),
            escape(str(r["model"])),
            *(_cell(r[f"pass@{k}"]) for k in board.ks),
            f"[bold]{_cell(r['dps'])}",
            f"{_cell(r['dps_ci_low'])}-{_cell(r['dps_ci_high'])}",
            _cell(r["dps_norm"]),
            _cell(r["eff@1"]),
            f"{_cell(r['eff@1_ci_low'])}-{_cell(r['eff@1_ci_high'])}",
            *(_cell(r[f"eff@{k}"]) for k in board.ks if k != 1),
            f"{r['tasks_scored']}/{r['tasks_total']}",
            _cell(r["win_rate_model"]),
            _cell(r["win_rate_task"]),
        )
    return table


@click.command()
@RESULTS
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["csv", "markdown", "json"]),
    default=None,
    help="Print (or write with -o) the leaderboard in this format; without it, a table in the terminal.",
)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None, help="Write to FILE.")
@click.option(
    "--sort",
    type=click.Choice(["dps", "dps_norm", "pass@1", "eff@1", "win_rate_model", "win_rate_task"]),
    default="dps",
    show_default=True,
)
@SEED
@ALLOW_MIXED
@handle_errors
def leaderboard(
    results: tuple[Path, ...], fmt: str | None, output: Path | None, sort: str, seed: int, allow_mixed: bool
) -> None:
    """Rank the models of several results files: pass@k, DPS, DPS_norm, eff@k, win rates, intervals."""
    from evalperf.report.leaderboard import build_leaderboard, render

    board = build_leaderboard(list(results), seed=seed, sort=sort, allow_mixed=allow_mixed)
    warn(board.warnings)
    if output is not None:
        _write(output, render(board, fmt or ("json" if output.suffix == ".json" else "csv")))
        console.print(_rich_table(board))
        console.print(f"leaderboard written to {escape(str(output))}", highlight=False)
    elif fmt is not None:
        click.echo(render(board, fmt), nl=False)
    else:
        console.print(_rich_table(board))


@click.command()
@RESULTS
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=Path("report.html"),
    show_default=True,
    help="The HTML file to write (self-contained: opens without network).",
)
@click.option("--title", default="evalperf report", show_default=True)
@SEED
@ALLOW_MIXED
@handle_errors
def report(results: tuple[Path, ...], output: Path, title: str, seed: int, allow_mixed: bool) -> None:
    """Write one self-contained HTML report: leaderboard, win-rate heatmap, tier matching, costs."""
    from evalperf.report.html import render_html
    from evalperf.report.leaderboard import build_leaderboard

    board = build_leaderboard(list(results), seed=seed, allow_mixed=allow_mixed)
    warn(board.warnings)
    _write(output, render_html(board, title))
    console.print(f"report of {len(board.runs)} model(s) written to {escape(str(output))}", highlight=False)


SCORE = click.FloatRange(0, 100)


@click.command()
@click.argument("results", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--min-pass1", type=SCORE, default=None, help="Fail below this pass@1 (percent).")
@click.option("--min-dps", type=SCORE, default=None, help="Fail below this DPS (0-100).")
@click.option("--min-eff1", type=SCORE, default=None, help="Fail below this eff@1 (percent).")
@click.option(
    "--baseline",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="An earlier results file to compare with (same meter and suite).",
)
@click.option(
    "--max-drop", type=SCORE, default=None, help="With --baseline: fail if a score drops by more than this (points)."
)
def gate(
    results: Path,
    min_pass1: float | None,
    min_dps: float | None,
    min_eff1: float | None,
    baseline: Path | None,
    max_drop: float | None,
) -> None:
    """Pass or fail a results file for CI: exit 0 if every check passes, 1 if one fails, 2 for bad input."""
    from evalperf.errors import EvalperfError
    from evalperf.report.gate import Thresholds, run_gate

    try:
        checks, warnings = run_gate(results, Thresholds(min_pass1, min_dps, min_eff1, max_drop), baseline)
    except EvalperfError as exc:
        errors.print(f"[bold red]error:[/] {escape(str(exc))}", highlight=False, soft_wrap=True)
        sys.exit(2)
    warn(warnings)
    for check in checks:
        mark = "[green]PASS[/]" if check.ok else "[red]FAIL[/]"
        console.print(f"{mark}  {escape(check.detail)}", highlight=False)
    failed = [c for c in checks if not c.ok]
    if failed:
        console.print(f"[red]gate failed[/]: {len(failed)} of {len(checks)} check(s) failed", highlight=False)
        sys.exit(1)
    console.print(f"[green]gate passed[/]: {len(checks)} check(s)", highlight=False)
