"""What every CLI module shares: the consoles, the exit-code rule, common options, result printing.

The layering (no import circles): this module imports no CLI module; the sub-command
modules (cli_generate, cli_report, cli_cluster) import from it; cli.py registers them all and imports
from it too. Nothing imports cli.py but the `evalperf` entry point.
"""

from __future__ import annotations

import math
import os
import shlex
import signal
import sys
import traceback
from collections.abc import Callable
from enum import IntEnum
from functools import wraps
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

import click
from rich.console import Console
from rich.markup import escape

from evalperf.errors import (
    ConfigError,
    EvalperfError,
    GenerationError,
    MeterError,
    OutputError,
    ResultsError,
    SamplesError,
    SandboxError,
    TaskError,
)
from evalperf.paths import CACHE_ENV
from evalperf.scoring import DEFAULT_TIER_TOLERANCE, MAX_TIER_TOLERANCE

if TYPE_CHECKING:
    from evalperf.cluster.config import ClusterConfig
    from evalperf.evaluate.run import EvaluateReport

F = TypeVar("F", bound=Callable[..., Any])

SUITE_HELP = (
    "Task suite NAME[:PATH]: builtin (default; builtin:PATH for a folder in the built-in format), "
    "evalperf-curated (EvalPerf's tasks curated here), evalperf, enamel, coffe or mbppplus "
    "(PATH: a local copy of the published data)."
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


class ExitCode(IntEnum):
    """The one exit-code rule of every command (README, "Exit codes").

    The code says what kind of problem it was, whichever command met it, so a script or a CI
    job can tell "the model is worse" (1) from "fix the command" (2) and "fix the machine" (3).
    """

    OK = 0
    FAILED = 1  # the command did its job and the verdict is no: a gate check failed, a built-in task is invalid
    BAD_INPUT = 2  # the command line or an input file is wrong (click's own usage errors are 2 as well)
    ENVIRONMENT = 3  # something the command needs does not work: Docker, image, meter, model server, disk
    INTERNAL = 4  # a bug in evalperf: the traceback is printed, please report it
    INTERRUPTED = 128 + signal.SIGINT  # 130: Ctrl-C, the shell's rule
    TERMINATED = 128 + signal.SIGTERM  # 143: SIGTERM (a CI job cancelled, `timeout`, Slurm)


# Each error class of evalperf.errors and its code; the first match wins (subclasses first).
ERROR_CODES: tuple[tuple[type[EvalperfError], ExitCode], ...] = (
    (OutputError, ExitCode.ENVIRONMENT),  # an unwritable folder, a full disk (before ResultsError, its parent)
    (ConfigError, ExitCode.BAD_INPUT),
    (TaskError, ExitCode.BAD_INPUT),
    (SamplesError, ExitCode.BAD_INPUT),
    (ResultsError, ExitCode.BAD_INPUT),  # unreadable results, runs that cannot be compared
    (SandboxError, ExitCode.ENVIRONMENT),
    (MeterError, ExitCode.ENVIRONMENT),
    (GenerationError, ExitCode.ENVIRONMENT),  # the model server or backend
)


def exit_code(exc: EvalperfError) -> ExitCode:
    """The exit code of an evalperf error (ERROR_CODES)."""
    for kind, code in ERROR_CODES:
        if isinstance(exc, kind):
            return code
    return ExitCode.BAD_INPUT


def fail(message: str, code: ExitCode) -> NoReturn:
    """Print ``message`` as one error line and exit with ``code``."""
    errors.print(f"[bold red]error:[/] {escape(message)}", highlight=False, soft_wrap=True)
    sys.exit(code)


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised like Ctrl-C's KeyboardInterrupt so that both stop a run the same way."""


def _terminate(signum: int, frame: object) -> None:
    raise Terminated


def install_signal_handlers() -> None:
    """Make SIGTERM unwind like Ctrl-C: running jobs are given up, sandboxes removed, the journal kept."""
    signal.signal(signal.SIGTERM, _terminate)


def resumable(fn: F) -> F:
    """Mark a command that the same command line resumes (journaled evaluation, generation)."""
    fn.evalperf_resumable = True  # type: ignore[attr-defined]
    return fn


def _interrupted(exc: KeyboardInterrupt, resumes: bool) -> ExitCode:
    """Say what stopped the command and, for one that resumes, the command that does; the exit code."""
    terminated = isinstance(exc, Terminated)
    errors.print(f"[yellow]interrupted[/] ({'SIGTERM' if terminated else 'Ctrl-C'})", highlight=False)
    if resumes:
        program = click.get_current_context(silent=True)
        name = program.find_root().info_name if program is not None else None
        command = f"{name or 'evalperf'} {shlex.join(sys.argv[1:])}"
        errors.print(
            f"finished work is kept; to resume, run the same command again in {escape(os.getcwd())}:",
            highlight=False,
            soft_wrap=True,
        )
        errors.print(f"  {escape(command)}", highlight=False, soft_wrap=True)
    return ExitCode.TERMINATED if terminated else ExitCode.INTERRUPTED


def handle_errors(fn: F) -> F:
    """Map evalperf errors, Ctrl-C, SIGTERM and bugs to one message and their exit code (ExitCode)."""

    @wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except EvalperfError as exc:
            fail(str(exc), exit_code(exc))
        except KeyboardInterrupt as exc:
            sys.exit(_interrupted(exc, getattr(fn, "evalperf_resumable", False)))
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise  # click's own: usage errors exit 2
        except Exception:
            # a bug: never mistaken for a verdict (exit 1), and reported with where it happened
            traceback.print_exc(file=sys.stderr)
            fail("internal error in evalperf (the traceback above): please report it", ExitCode.INTERNAL)

    return wrapper  # type: ignore[return-value]


class AliasedOption(click.Option):
    """An option with old spellings that still work but are not shown in --help."""

    def __init__(self, *args: Any, hidden_aliases: tuple[str, ...] = (), **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.hidden_aliases = hidden_aliases

    def get_help_record(self, ctx: click.Context) -> tuple[str, str] | None:
        shown = self.opts
        self.opts = [o for o in shown if o not in self.hidden_aliases]
        try:
            return super().get_help_record(ctx)
        finally:
            self.opts = shown


def output_option(help_text: str, default: Path | None = None) -> Callable[[F], F]:
    """``-o/--output FILE`` of every command that writes a file (``--out`` still works, unlisted)."""
    return click.option(
        "-o",
        "--output",
        "--out",
        "output",
        cls=AliasedOption,
        hidden_aliases=("--out",),
        type=click.Path(dir_okay=False, path_type=Path),
        default=default,
        show_default=default is not None,
        help=help_text,
    )


def _use_cache_dir(ctx: click.Context, param: click.Parameter, value: Path | None) -> Path | None:
    if value is not None:
        # one place decides the cache folder (evalperf.paths.cache_location); the option speaks through it
        os.environ[CACHE_ENV] = str(value.expanduser().absolute())
    return value


def cache_dir_option(fn: F) -> F:
    """``--cache-dir DIR``: evalperf's cache folder for this command (else $EVALPERF_CACHE_DIR, XDG, ~/.cache)."""
    return click.option(
        "--cache-dir",
        type=click.Path(file_okay=False, path_type=Path),
        default=None,
        expose_value=False,
        is_eager=True,
        callback=_use_cache_dir,
        help=f"Cache folder (reference profiles, finished tests, converted suites) [default: ${CACHE_ENV}, "
        "else $XDG_CACHE_HOME/evalperf, else ~/.cache/evalperf].",
    )(fn)


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


def cluster_options(fn: F) -> F:
    """``--cluster ADDRESS`` ($EVALPERF_CLUSTER) and ``--pin-cpu-features/--no-pin-cpu-features``."""
    from evalperf.cluster.config import CLUSTER_ENV

    fn = click.option(
        "--pin-cpu-features/--no-pin-cpu-features",
        "pin_cpu_features",
        default=None,
        help="Pin the CPU features glibc and OpenSSL choose their routines by, so that every x86-64 machine counts "
        "alike (recorded; pinned and unpinned counts differ) [default: pinned with --cluster, else not].",
    )(fn)
    return click.option(
        "--cluster",
        "cluster",
        envvar=CLUSTER_ENV,
        default=None,
        metavar="ADDRESS",
        help=f"Run the jobs on the Dask cluster at ADDRESS (tcp://HOST:PORT; see `evalperf cluster up`), not "
        f"--jobs local workers [default: ${CLUSTER_ENV}]. Needs pip install 'evalperf[dask]'.",
    )(fn)


def cluster_settings(address: str | None, pin: bool | None) -> tuple[ClusterConfig | None, str | None]:
    """The cluster (None: this machine) and CPU pin a command was given; ConfigError without Dask installed."""
    from evalperf.cluster.config import ClusterConfig, require_distributed
    from evalperf.sandbox.pinning import BASELINE, check_pinnable

    cluster = None
    if address is not None and address.strip():
        require_distributed()  # before anything else runs (a model asked for hours, say)
        cluster = ClusterConfig(address.strip())
    pinned = pin if pin is not None else cluster is not None
    if pinned and cluster is None:
        check_pinnable()  # a cluster's workers are checked where they run
    return cluster, BASELINE if pinned else None


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
    for note in result.notes:
        errors.print(escape(note), highlight=False, soft_wrap=True)
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
