"""What every CLI module shares: the consoles, error handling, common options, result printing.

The layering (no import circles): this module imports no CLI module; the sub-command
modules (cli_generate, cli_report) import from it; cli.py registers them all and imports
from it too. Nothing imports cli.py but the `evalperf` entry point.
"""

from __future__ import annotations

import math
import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click
from rich.console import Console
from rich.markup import escape

from evalperf.errors import EvalperfError
from evalperf.scoring import DEFAULT_TIER_TOLERANCE, MAX_TIER_TOLERANCE

if TYPE_CHECKING:
    from evalperf.evaluate.run import EvaluateReport

F = TypeVar("F", bound=Callable[..., Any])

SUITE_HELP = (
    "Task suite NAME[:PATH]: builtin (default; builtin:PATH for a folder in the built-in format), "
    "evalperf, enamel, coffe or mbppplus (PATH: a local copy of the published data)."
)


class _Tolerance(click.FloatRange):
    """A FloatRange that also refuses NaN (which compares false with both bounds)."""

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        converted = super().convert(value, param, ctx)
        if isinstance(converted, float) and math.isnan(converted):
            self.fail(f"{value!r} is not a number in the range {self._describe_range()}.", param, ctx)
        return converted


TIER_TOLERANCE = _Tolerance(0.0, MAX_TIER_TOLERANCE, max_open=True)
TIER_TOLERANCE_HELP = (
    "Relative slack of tier matching: a sample matches tier k when its cost <= c_k * (1 + TOL); "
    f"0 <= TOL < {MAX_TIER_TOLERANCE:g} (0: the exact rule)"
)

# wide enough for the results table when the output is a file or a CI log
console = Console(stderr=False, width=None if sys.stdout.isatty() else 120)
errors = Console(stderr=True)


def handle_errors(fn: F) -> F:
    """Map evalperf errors and Ctrl-C to a message and an exit code."""

    @wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except EvalperfError as exc:
            errors.print(f"[bold red]error:[/] {escape(str(exc))}", highlight=False, soft_wrap=True)
            sys.exit(1)
        except KeyboardInterrupt:
            errors.print("[yellow]interrupted[/]")
            sys.exit(130)

    return wrapper  # type: ignore[return-value]


def tier_tolerance_option(default: float | None) -> Callable[[F], F]:
    """The `--tier-tolerance` option (``default`` None: taken from a preset, else DEFAULT_TIER_TOLERANCE)."""
    shown = f" [default: {DEFAULT_TIER_TOLERANCE:g}]" if default is None else ""
    return click.option(
        "--tier-tolerance",
        type=TIER_TOLERANCE,
        default=default,
        show_default=default is not None,
        help=TIER_TOLERANCE_HELP + "." + shown,
    )


def warn(warnings: list[str]) -> None:
    """Print each warning as one line on stderr."""
    for warning in warnings:
        errors.print(f"[yellow]warning:[/] {escape(warning)}", highlight=False, soft_wrap=True)


def alert(warning: str) -> None:
    """Print a warning that must not be missed (a fall-back to the `time` meter) as a framed box."""
    from evalperf.console import warning_panel

    errors.print(warning_panel(warning))


def show_evaluation(result: EvaluateReport, samples_path: Path) -> None:
    """What `evaluate` and `run` print once the results are written."""
    from evalperf.console import summary_table

    if result.resumed:
        errors.print(
            f"resumed an interrupted run: {result.resumed} finished job(s) taken from its journal"
            + (" (a line cut off by the interruption was dropped)" if result.repaired else ""),
            highlight=False,
            soft_wrap=True,
        )
    for issue in result.issues:
        errors.print(
            f"[yellow]{escape(str(samples_path))}:{issue.line}:[/] {escape(issue.message)}"
            + ((" (lines skipped)" if issue.count > 1 else " (line skipped)") if issue.skipped else ""),
            highlight=False,
        )
    warn([w for w in result.warnings if not w.startswith("samples file")])
    console.print(summary_table(result.document))
    config, env = result.document["config"], result.document["environment"]
    meter = env["meter"]
    if config.get("meter_choice", {}).get("fell_back"):
        meter += " [bold yellow](fell back: no instruction counter worked, see the warning)[/]"
    console.print(
        f"meter {meter} | tier tolerance {config.get('tier_tolerance', 0.0):g} | sandbox {env['sandbox']['kind']} "
        f"(image {env['sandbox'].get('image') or '-'}, Python {env['sandbox'].get('python')}) | "
        f"suite {env['suite']} {env['suite_hash'][:12]} | reference cache hits {result.cache_hits}",
        highlight=False,
    )
    console.print(f"results written to {escape(str(result.path))}", highlight=False)
