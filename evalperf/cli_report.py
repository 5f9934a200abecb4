"""The commands `evalperf leaderboard`, `evalperf report` and `evalperf gate` (what users do with results).

Thin: the library (evalperf.report) builds everything; this module reads options, writes files
and prints. Exit codes follow evalperf.cli_common.ExitCode: `gate` exits 0 (passed), 1 (a check
failed) or 2 (bad input: unreadable file, wrong schema, incomparable runs, nothing to check).
"""

from __future__ import annotations

import math
import sys
from pathlib import Path
from typing import Any

import click
from rich.markup import escape

from evalperf.cli_common import ExitCode, console, handle_errors, output_option, warn
from evalperf.store.outputs import check_writable, write_atomic

RESULTS = click.argument("results", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
SEED = click.option("--seed", type=int, default=0, show_default=True, help="Seed of the bootstrap intervals.")
ALLOW_MIXED_FLAG = "--allow-mixed"
ALLOW_MIXED = click.option(
    ALLOW_MIXED_FLAG,
    is_flag=True,
    help="Compare runs of different meters, or whose shared tasks differ in content, anyway (with a warning).",
)


def _cell(value: Any) -> str:
    return "-" if value is None or (isinstance(value, float) and math.isnan(value)) else f"{value:.1f}"


def _rich_table(board: Any) -> Any:
    from rich.table import Table

    table = Table(
        title=f"evalperf leaderboard ({len(board.runs)} models on {len(board.shared_tasks)} shared task(s); "
        "scores 0-100, 95% bootstrap CI)"
    )
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
@output_option("Write to FILE (format from --format, else .json: json, else csv).")
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
    """Rank the models of several results files on the tasks they share: pass@k, DPS, eff@k, win rates, intervals."""
    from evalperf.report.leaderboard import build_leaderboard, render

    if output is not None:
        check_writable(output, "the leaderboard")
    board = build_leaderboard(list(results), seed=seed, sort=sort, allow_mixed=allow_mixed, override=ALLOW_MIXED_FLAG)
    warn(board.warnings)
    if output is not None:
        write_atomic(output, render(board, fmt or ("json" if output.suffix == ".json" else "csv")), "the leaderboard")
        console.print(_rich_table(board))
        console.print(f"leaderboard written to {escape(str(output))}", highlight=False)
    elif fmt is not None:
        click.echo(render(board, fmt), nl=False)
    else:
        console.print(_rich_table(board))


@click.command()
@RESULTS
@output_option("The HTML file to write (self-contained: opens without network).", default=Path("report.html"))
@click.option("--title", default="evalperf report", show_default=True)
@SEED
@ALLOW_MIXED
@handle_errors
def report(results: tuple[Path, ...], output: Path, title: str, seed: int, allow_mixed: bool) -> None:
    """Write one self-contained HTML report: leaderboard, win-rate heatmap, tier matching, costs."""
    from evalperf.report.html import render_html
    from evalperf.report.leaderboard import build_leaderboard

    check_writable(output, "the report")
    board = build_leaderboard(list(results), seed=seed, allow_mixed=allow_mixed, override=ALLOW_MIXED_FLAG)
    warn(board.warnings)
    write_atomic(output, render_html(board, title), "the report")
    console.print(f"report of {len(board.runs)} model(s) written to {escape(str(output))}", highlight=False)


SCORE = click.FloatRange(0, 100)


@click.command()
@click.argument("results", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--min-pass1", type=SCORE, default=None, help="Fail below this pass@1 (percent, 0-100: 60 for 60%).")
@click.option("--min-dps", type=SCORE, default=None, help="Fail below this DPS (0-100).")
@click.option("--min-eff1", type=SCORE, default=None, help="Fail below this eff@1 (percent, 0-100).")
@click.option(
    "--baseline",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="An earlier results file to compare with on the tasks both have (same meter and task content).",
)
@click.option(
    "--max-drop", type=SCORE, default=None, help="With --baseline: fail if a score drops by more than this (points)."
)
@handle_errors
def gate(
    results: Path,
    min_pass1: float | None,
    min_dps: float | None,
    min_eff1: float | None,
    baseline: Path | None,
    max_drop: float | None,
) -> None:
    """Pass or fail a results file for CI: exit 0 if every check passes, 1 if one fails, 2 for bad input.

    Minimums are on the 0-100 scale; one in (0, 1] looks like a fraction and is refused.
    """
    from evalperf.report.gate import Thresholds, run_gate

    checks, warnings = run_gate(results, Thresholds(min_pass1, min_dps, min_eff1, max_drop), baseline)
    warn(warnings)
    for check in checks:
        mark = "[green]PASS[/]" if check.ok else "[red]FAIL[/]"
        console.print(f"{mark}  {escape(check.detail)}", highlight=False)
    failed = [c for c in checks if not c.ok]
    if failed:
        console.print(f"[red]gate failed[/]: {len(failed)} of {len(checks)} check(s) failed", highlight=False)
        sys.exit(ExitCode.FAILED)
    console.print(f"[green]gate passed[/]: {len(checks)} check(s)", highlight=False)
