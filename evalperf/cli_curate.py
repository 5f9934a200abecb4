"""`evalperf curate`: tiered tasks clustered from a pool of real solutions (EvalPerf's DPE curation)."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

import click
from rich.markup import escape
from rich.table import Table

from evalperf.cli_common import (
    SUITE_HELP,
    ExitCode,
    cache_dir_option,
    cluster_options,
    cluster_settings,
    console,
    errors,
    handle_errors,
    resumable,
)
from evalperf.curate.cluster import DEFAULT_SPLIT_B, MIN_CLUSTERS, MIN_COST, MIN_SOLUTIONS
from evalperf.curate.measure import DEFAULT_MAX_SLOWDOWN
from evalperf.curate.pool import DEFAULT_MAX_POOL, DEFAULT_SEED, pool_files
from evalperf.errors import ConfigError
from evalperf.generate.backends import BACKEND_CHOICES
from evalperf.meters.spec import METER_NAMES
from evalperf.sandbox.base import Limits
from evalperf.tasks.suites import load_suite

if TYPE_CHECKING:
    from evalperf.curate.run import TaskCuration


def _table(records: Sequence[TaskCuration]) -> Table:
    table = Table(title="curation", show_lines=False)
    for name in ("task", "status", "pool", "correct", "profiled", "clusters", "slowest/fastest", "s"):
        table.add_column(name, justify="left" if name in ("task", "status") else "right")
    for record in records:
        colour = {"curated": "green", "dropped": "yellow"}.get(record.status, "red")
        table.add_row(
            escape(record.task_id),
            f"[{colour}]{record.status}[/]",
            str(record.pool.get("kept", 0)),
            str(record.correct),
            str(record.profiled),
            str(len(record.cluster_sizes)),
            f"{record.spread:.1f}x" if record.spread is not None else "-",
            f"{record.seconds:.0f}",
        )
    return table


@click.command()
@click.argument("task_ids", nargs=-1)
@click.option("--suite", "suite_spec", default="builtin", show_default=True, help=SUITE_HELP)
@click.option(
    "--pool",
    "pool_paths",
    multiple=True,
    required=True,
    type=click.Path(exists=True, path_type=Path),
    help='Pool: a JSONL file of {"task_id", "solution"} lines, or a folder of them (*.jsonl); repeatable.',
)
@click.option(
    "-o",
    "--output",
    "--out",
    "output",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("results/curated"),
    show_default=True,
    help="Folder of the curated tasks (built-in format), with curation.json.",
)
@click.option("--name", "suite_name", default="curated", show_default=True, help="Suite name written to suite.toml.")
@click.option(
    "--generators",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default=None,
    help="Folder of stress generators (<task slug>.py with generate(seed, scale) and SCALE) for suites without one.",
)
@click.option(
    "--stress",
    "stress_plan",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    help='Stress plan TOML: per task ["ID"] the suite level (from 1), scale and seed [default: the last level].',
)
@click.option(
    "--max-pool",
    type=click.IntRange(min=1),
    default=DEFAULT_MAX_POOL,
    show_default=True,
    help="Distinct programs profiled per task (a seeded random subset when the pool has more).",
)
@click.option("--seed", type=int, default=DEFAULT_SEED, show_default=True, help="Seed of the --max-pool subset.")
@click.option(
    "--split-b",
    type=click.FloatRange(0.0, 1.0, max_open=True),
    default=DEFAULT_SPLIT_B,
    show_default=True,
    help="b of the split rule (a_i - a_i+1) / a_i > b + sqrt(10000 / a_i).",
)
@click.option(
    "--min-solutions",
    type=click.IntRange(min=1),
    default=MIN_SOLUTIONS,
    show_default=True,
    help="Profiled solutions a task needs.",
)
@click.option(
    "--min-cost",
    type=click.FloatRange(min=0),
    default=MIN_COST,
    show_default=True,
    help="Instructions every profiled solution must reach.",
)
@click.option(
    "--min-clusters", type=click.IntRange(min=2), default=MIN_CLUSTERS, show_default=True, help="Tiers a task needs."
)
@click.option(
    "--max-slowdown",
    type=click.FloatRange(min=1.0, min_open=True),
    default=DEFAULT_MAX_SLOWDOWN,
    show_default=True,
    help="Stop a pool program proven this many times slower than the task's fastest tier (left out as too slow).",
)
@click.option("--sandbox", default="auto", show_default=True, help="auto (Docker), docker, or local.")
@click.option("--meter", type=click.Choice(METER_NAMES), default="valgrind", show_default=True)
@click.option("--jobs", type=click.IntRange(min=1), default=1, show_default=True, help="Parallel workers.")
@click.option(
    "--timeout", type=click.FloatRange(min=0.1), default=10.0, show_default=True, help="Wall limit of a check job (s)."
)
@click.option("--memory-mb", type=click.IntRange(min=64), default=1024, show_default=True)
@click.option("--no-cache", is_flag=True, help="Profile the tasks' tiers again even if cached.")
@click.option("--no-validate", is_flag=True, help="Write the task folders without validating them.")
@click.option(
    "--synthesize-inputs",
    is_flag=True,
    help="SaS: ask --model for each task's stress generator perf_input_gen(scale) and keep its largest valid input.",
)
@click.option("--model", default=None, help="The model that writes the generators (replay:PATH replays answers).")
@click.option("--backend", type=click.Choice(BACKEND_CHOICES), default="auto", show_default=True)
@click.option("--base-url", default=None, help="OpenAI-compatible server URL for --model.")
@click.option("--api-key-env", default="OPENAI_API_KEY", show_default=True, help="Variable holding the API key.")
@cluster_options
@cache_dir_option
@handle_errors
@resumable
def curate(
    task_ids: tuple[str, ...],
    suite_spec: str,
    pool_paths: tuple[Path, ...],
    output: Path,
    suite_name: str,
    generators: Path | None,
    stress_plan: Path | None,
    max_pool: int,
    seed: int,
    split_b: float,
    min_solutions: int,
    min_cost: float,
    min_clusters: int,
    max_slowdown: float,
    sandbox: str,
    meter: str,
    jobs: int,
    timeout: float,
    memory_mb: int,
    no_cache: bool,
    no_validate: bool,
    synthesize_inputs: bool,
    model: str | None,
    backend: str,
    base_url: str | None,
    api_key_env: str,
    cluster: str | None,
    pin_cpu_features: bool | None,
) -> None:
    """Build tiered tasks from a pool of real solutions (EvalPerf's curation; docs/curation.md).

    Every pool solution of each task is checked, the correct ones are profiled on the task's
    hardest stress input, and their costs are clustered into tiers; each task that passes the
    filters and validation is written as a folder in the built-in format under -o/--output.
    """
    from evalperf.console import RichProgress
    from evalperf.curate.run import CurateOptions, SynthesisOptions
    from evalperf.curate.run import curate as run_curation
    from evalperf.generate.backends import BackendConfig, guess_backend

    cluster_config, cpu_pin = cluster_settings(cluster, pin_cpu_features)
    synthesis = None
    if synthesize_inputs:
        if not model:
            raise ConfigError("--synthesize-inputs needs --model: the model that writes each task's generator")
        kind = backend if backend != "auto" else guess_backend(model, base_url)
        config = BackendConfig(
            kind=kind,
            model=model,
            base_url=base_url,
            api_key=os.environ.get(api_key_env) or None,
            api_key_env=api_key_env,
        )
        synthesis = SynthesisOptions(config, model)
    elif model is not None:
        raise ConfigError("--model is only used with --synthesize-inputs")

    options = CurateOptions(
        pool_paths=pool_paths,
        out=output,
        task_ids=task_ids,
        generators=generators,
        stress_plan=stress_plan,
        max_pool=max_pool,
        seed=seed,
        split_b=split_b,
        min_solutions=min_solutions,
        min_cost=min_cost,
        min_clusters=min_clusters,
        max_slowdown=max_slowdown,
        sandbox=sandbox,
        meter=meter,
        jobs=jobs,
        limits=Limits(wall_s=timeout, cpu_s=timeout, memory_mb=memory_mb),
        use_cache=not no_cache,
        validate=not no_validate,
        suite_name=suite_name,
        synthesis=synthesis,
        cluster=cluster_config,
        cpu_pin=cpu_pin,
    )
    files = [t for t in task_ids if t.endswith(".jsonl") or Path(t).is_file()]
    if files:
        raise ConfigError(
            f"{files[0]!r} is a file, not a task id: give each pool file its own --pool, or --pool FOLDER "
            "for every *.jsonl in a folder"
        )
    options = replace(options, pool_paths=pool_files(pool_paths))
    suite = load_suite(suite_spec)

    def say(line: str) -> None:
        errors.print(escape(line), highlight=False, soft_wrap=True)

    with RichProgress(errors) as progress:
        report = run_curation(suite, options, progress, notify=say)
    if report.resumed:
        say(f"resumed an interrupted curation: {report.resumed} finished job(s) taken from its journal")
    console.print(_table(report.tasks))
    curated = [r for r in report.tasks if r.status == "curated"]
    console.print(
        f"{len(curated)}/{len(report.tasks)} task(s) curated into {escape(str(output))} "
        f"(meter {report.meter}; load them with --suite builtin:{escape(str(output))}); "
        f"report: {escape(str(report.path))}",
        highlight=False,
    )
    if not curated:
        sys.exit(ExitCode.FAILED)
