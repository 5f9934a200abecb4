"""The command line: parse options, build frozen configuration, call the library, show results.

Known errors become one line on stderr and an exit code, by one rule for every command
(evalperf.cli_common.ExitCode); the library itself never prints.
"""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import click
from rich.markup import escape

from evalperf import __version__
from evalperf.cli_cluster import cluster
from evalperf.cli_common import (
    SUITE_HELP,
    ExitCode,
    alert,
    cache_dir_option,
    cluster_options,
    cluster_settings,
    console,
    errors,
    handle_errors,
    install_signal_handlers,
    output_option,
    resumable,
    show_evaluation,
    tier_tolerance_option,
)
from evalperf.cli_curate import curate
from evalperf.cli_generate import generate, run
from evalperf.cli_report import gate, leaderboard, report
from evalperf.errors import ConfigError, SandboxError
from evalperf.meters.spec import METER_NAMES
from evalperf.sandbox.base import Limits
from evalperf.scoring import DEFAULT_TIER_TOLERANCE
from evalperf.tasks.suites import load_suite


@click.group()
@click.version_option(__version__, prog_name="evalperf")
def main() -> None:
    """evalperf: measure how efficient the code written by language models is."""
    install_signal_handlers()


main.add_command(run)
main.add_command(generate)
main.add_command(leaderboard)
main.add_command(report)
main.add_command(gate)
main.add_command(curate)
main.add_command(cluster)


@main.command()
@click.option(
    "--samples",
    "samples_path",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    required=True,
    help="JSONL file of {task_id, solution} (or EvalPlus's completion).",
)
@click.option("--suite", "suite_spec", default="builtin", show_default=True, help=SUITE_HELP)
@click.option("--tasks", "task_ids", default="", help="Comma-separated task ids (default: every task in the file).")
@click.option(
    "--sandbox",
    default="auto",
    show_default=True,
    help="auto (Docker), docker, or local (no isolation: only for code you trust).",
)
@click.option("--meter", type=click.Choice(METER_NAMES), default="auto", show_default=True)
@click.option(
    "--jobs", type=click.IntRange(min=1), default=1, show_default=True, help="Parallel workers (on this machine)."
)
@output_option(
    "Results file (default: results/<samples name>-<time>.json, or the interrupted run of the same samples "
    "and settings, which resumes). Finished jobs are journaled beside it, so the same command resumes a killed run."
)
@click.option("--model", "model_name", default=None, help="Model name for leaderboards [default: from the samples].")
@click.option(
    "--timeout",
    type=click.FloatRange(min=0.1),
    default=10.0,
    show_default=True,
    help="Wall-clock seconds for a correctness check (profiling limits scale from it).",
)
@click.option("--memory-mb", type=click.IntRange(min=64), default=1024, show_default=True)
@click.option(
    "--min-correct",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Correct samples a task needs to count in DPS (EvalPerf paper: 10).",
)
@click.option("--max-profiled", type=click.IntRange(min=1), default=None, help="Profile at most this many per task.")
@click.option("--no-cache", is_flag=True, help="Profile the reference tiers again even if cached.")
@cache_dir_option
@tier_tolerance_option(DEFAULT_TIER_TOLERANCE)
@click.option("--config", "preset", default=None, help="Preset: a name in configs/ (quick, evalperf-paper) or a path.")
@click.option(
    "--update",
    is_flag=True,
    help="Update the results file -o names: its tasks whose task, samples and measurement settings are "
    "unchanged are kept as they are, the new and changed ones are evaluated (a suite that grew).",
)
@cluster_options
@click.pass_context
@handle_errors
@resumable
def evaluate(
    ctx: click.Context,
    samples_path: Path,
    suite_spec: str,
    task_ids: str,
    sandbox: str,
    meter: str,
    jobs: int,
    output: Path | None,
    timeout: float,
    memory_mb: int,
    min_correct: int,
    max_profiled: int | None,
    no_cache: bool,
    model_name: str | None,
    tier_tolerance: float,
    preset: str | None,
    update: bool,
    cluster: str | None,
    pin_cpu_features: bool | None,
) -> None:
    """Check, profile and score a samples file."""
    if update and output is None:
        raise click.UsageError("--update needs the results file to update: -o/--output FILE")
    cluster_config, cpu_pin = cluster_settings(cluster, pin_cpu_features)
    if preset is not None:
        from click.core import ParameterSource

        from evalperf.presets import load_preset

        given = {k for k in ctx.params if ctx.get_parameter_source(k) == ParameterSource.COMMANDLINE}
        values = {k: v for k, v in load_preset(preset, "evaluate").items() if k not in given}
        sandbox = values.get("sandbox", sandbox)
        meter = values.get("meter", meter)
        jobs = int(values.get("jobs", jobs))
        timeout = float(values.get("timeout", timeout))
        memory_mb = int(values.get("memory_mb", memory_mb))
        min_correct = int(values.get("min_correct", min_correct))
        max_profiled = values.get("max_profiled", max_profiled)
        tier_tolerance = float(values.get("tier_tolerance", tier_tolerance))
    from evalperf.console import RichProgress
    from evalperf.evaluate.run import EvaluateOptions, evaluate_file, unfinished_run

    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    options = EvaluateOptions(
        samples_path=samples_path,
        out=output or Path("results") / f"{samples_path.stem}-{stamp}.json",
        model=model_name,
        task_ids=tuple(t.strip() for t in task_ids.split(",") if t.strip()),
        sandbox=sandbox,
        meter=meter,
        jobs=jobs,
        limits=Limits(wall_s=timeout, cpu_s=timeout, memory_mb=memory_mb),
        min_correct=min_correct,
        max_profiled=max_profiled,
        use_cache=not no_cache,
        tier_tolerance=tier_tolerance,
        cluster=cluster_config,
        cpu_pin=cpu_pin,
        update=update,
    )
    suite = load_suite(suite_spec)
    if output is None:
        resumed = unfinished_run(suite, options, Path("results"))
        if resumed is not None:
            options = replace(options, out=resumed)
    with RichProgress(errors) as progress:
        # the meter's and sandbox's warnings show above the bars, before any job runs
        # (no usable samples: NoSamplesError, bad input, exit 2, before any of that)
        report = evaluate_file(suite, options, progress, notify=alert)
    show_evaluation(report, options.samples_path)


@main.group()
def tasks() -> None:
    """List, show and validate tasks."""


@tasks.command("list")
@click.option("--suite", "suite_spec", default="builtin", show_default=True, help=SUITE_HELP)
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@cache_dir_option
@handle_errors
def tasks_list(suite_spec: str, as_json: bool) -> None:
    """List the tasks of the suite."""
    from evalperf.console import tasks_table

    suite = load_suite(suite_spec)
    rows = [
        {
            "task_id": t.task_id,
            "category": t.category,
            "title": t.title,
            "tiers": len(t.tiers),
            "levels": len(t.levels),
            "tests": len(t.tests),
            "entry_point": t.entry_point,
        }
        for t in suite.tasks
    ]
    if as_json:
        click.echo(json.dumps({"suite": suite.name, "suite_hash": suite.content_hash(), "tasks": rows}, indent=1))
    else:
        console.print(tasks_table(rows))


@tasks.command("show")
@click.argument("task_id")
@click.option("--suite", "suite_spec", default="builtin", show_default=True, help=SUITE_HELP)
@click.option("--json", "as_json", is_flag=True, help="Print the whole task as JSON (prompt, tests, tier code).")
@cache_dir_option
@handle_errors
def tasks_show(task_id: str, suite_spec: str, as_json: bool) -> None:
    """Show one task."""
    from rich.syntax import Syntax

    from evalperf.tasks.model import unknown_tasks_message

    suite = load_suite(suite_spec)
    task = suite.get(task_id)
    if task is None:
        raise ConfigError(unknown_tasks_message([task_id], (t.task_id for t in suite.tasks)))
    if as_json:
        click.echo(json.dumps(task.to_json(), indent=1))
        return
    console.print(f"[bold]{task.task_id}[/] ({task.category}): {task.title}")
    console.print(Syntax(task.prompt, "python"))
    pending = task.pending
    console.print(
        (
            f"{len(task.tests)} tests"
            if pending is None
            else f"{len(pending.args) or pending.count} tests (finished in the sandbox before use)"
        )
        + ", levels: "
        + ", ".join(f"scale {lv.scale} (weight {lv.weight:g})" for lv in task.levels)
    )
    for k, (tier, score) in enumerate(zip(task.tiers, task.tier_scores())):
        console.print(f"tier {k} [bold]{tier.name}[/] score {score:g}: {tier.complexity}", highlight=False)


@tasks.command("validate")
@click.argument("task_ids", nargs=-1)
@click.option("--suite", "suite_spec", default="builtin", show_default=True, help=SUITE_HELP)
@click.option("--sandbox", default="auto", show_default=True, help="auto (Docker), docker, or local.")
@click.option("--meter", type=click.Choice(METER_NAMES), default="valgrind", show_default=True)
@click.option("--jobs", type=click.IntRange(min=1), default=1, show_default=True)
@click.option(
    "--min-ratio",
    type=click.FloatRange(min=1.0),
    default=1.5,
    show_default=True,
    help="Smallest accepted cost ratio between adjacent tiers.",
)
@click.option("--timeout", type=click.FloatRange(min=0.1), default=10.0, show_default=True)
@click.option("--no-cache", is_flag=True, help="Profile the reference tiers again even if cached.")
@cache_dir_option
@click.option(
    "--tiers-as-samples",
    is_flag=True,
    help="Also evaluate every tier as a sample: it must land on its own tier at its exact cost (deterministic meter).",
)
@click.option(
    "--sample",
    type=click.IntRange(min=1),
    default=None,
    help="Validate only this many of the selected tasks, drawn at random with --sample-seed (CI rotates the seed).",
)
@click.option("--sample-seed", type=int, default=0, show_default=True, help="Seed of the --sample draw.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of tables.")
@cluster_options
@handle_errors
def tasks_validate(
    task_ids: tuple[str, ...],
    suite_spec: str,
    sandbox: str,
    meter: str,
    jobs: int,
    min_ratio: float,
    timeout: float,
    no_cache: bool,
    tiers_as_samples: bool,
    sample: int | None,
    sample_seed: int,
    as_json: bool,
    cluster: str | None,
    pin_cpu_features: bool | None,
) -> None:
    """Check that tasks are trustworthy (tests, determinism, tier order and separation)."""
    from evalperf.console import RichProgress, validation_table
    from evalperf.evaluate.session import open_session
    from evalperf.evaluate.validate import validate_tasks
    from evalperf.sandbox.base import SandboxSettings
    from evalperf.store.refcache import ReferenceCache

    cluster_config, cpu_pin = cluster_settings(cluster, pin_cpu_features)
    suite = load_suite(suite_spec)
    if task_ids:
        suite = suite.select(task_ids)
    if sample is not None:
        suite = suite.sample(sample, sample_seed)
    limits = Limits(wall_s=timeout, cpu_s=timeout)
    cache = ReferenceCache(enabled=not no_cache)
    settings = SandboxSettings(workers=jobs, limits=limits, cpu_pin=cpu_pin)
    with open_session(sandbox, settings, meter, cluster_config) as session:
        for warning in session.warnings:
            alert(warning)
        with RichProgress(errors) as progress:
            entries = validate_tasks(
                list(suite.tasks),
                session.scheduler(progress),
                session.meter.name,
                session.meter_fields,
                limits,
                cache,
                session.measurement_key,
                min_ratio,
                tiers_as_samples,
            )
    failed = [e for e in entries if not e.ok]
    if as_json:
        click.echo(json.dumps({"meter": session.meter.name, "tasks": [e.to_json() for e in entries]}, indent=1))
    else:
        console.print(validation_table(entries, session.meter.name))
        for entry in failed:
            for problem in entry.problems:
                console.print(f"[red]{entry.task.task_id}[/]: {problem}", highlight=False)
        for entry in entries:
            for note in entry.notes:
                console.print(f"[dim]{entry.task.task_id}: {note}[/]", highlight=False)
        verdict = "valid" if suite.authored else "usable for efficiency scoring"
        console.print(
            f"{len(entries) - len(failed)}/{len(entries)} tasks {verdict} "
            f"(meter {session.meter.name}, reference cache hits {cache.hits})",
            highlight=False,
        )
    # an external suite is reported, not failed: its tasks are what their authors published
    if failed and suite.authored:
        sys.exit(ExitCode.FAILED)


@main.group()
def sandbox() -> None:
    """Build, check and clean the Docker sandbox."""


@sandbox.command("build")
@click.option(
    "--mode",
    type=click.Choice(["auto", "offline", "registry"]),
    default="auto",
    show_default=True,
    help="offline: debootstrap a Debian base from the host's mirror; registry: python:3.11-slim.",
)
@click.option("--force", is_flag=True, help="Rebuild even if the image exists.")
@handle_errors
def sandbox_build(mode: str, force: bool) -> None:
    """Build the sandbox image (idempotent; tagged with the hash of what goes into it)."""
    from evalperf.sandbox.image import build_image

    with errors.status("building the sandbox image") as status:
        info = build_image(lambda message: status.update(message), force=force, mode=mode)  # type: ignore[arg-type]
    console.print(
        f"sandbox image {info.tag} ({info.size_bytes / 1e6:.0f} MB, Python {info.python_version}, "
        f"valgrind {info.valgrind_version})",
        highlight=False,
    )


@sandbox.command("check")
@handle_errors
def sandbox_check() -> None:
    """Run a smoke job (and a valgrind count) in the Docker sandbox."""
    from evalperf.meters.choose import probe
    from evalperf.sandbox import create_sandbox
    from evalperf.sandbox.base import SandboxSettings

    with create_sandbox("docker", SandboxSettings(workers=1)) as box:
        result = box.run(
            {"kind": "check", "solution": "def f(x):\n    return x + 1\n", "entry_point": "f", "tests": [[41]]}
        )
        if result.status != "ok" or result.outcomes != [{"value": 42}]:
            raise SandboxError(f"smoke job failed: {result.status} {result.message}")
        problem = probe(box, "valgrind", box.region_library())
        described = box.describe()
    console.print(
        f"ok: {described['image']} runs jobs (Python {described['python']}); valgrind meter: "
        + ("works" if problem is None else f"fails: {problem}"),
        highlight=False,
    )
    if problem is not None:
        sys.exit(ExitCode.ENVIRONMENT)


@sandbox.command("clean")
@click.option("--all", "everything", is_flag=True, help="Also remove the containers of runs still going on.")
@handle_errors
def sandbox_clean(everything: bool) -> None:
    """Remove leftover evalperf sandbox containers: those whose harness is gone (for example killed)."""
    from evalperf.sandbox.owners import clean_containers

    done = clean_containers(everything=everything)
    console.print(
        f"removed {len(done.removed)} container(s)" + (": " + ", ".join(done.removed) if done.removed else ""),
        highlight=False,
    )
    if done.kept:
        console.print(
            f"kept {len(done.kept)} container(s) of runs still going on (or not visible from here); "
            "--all removes them too",
            highlight=False,
        )


@main.command()
@cache_dir_option
@handle_errors
def doctor() -> None:
    """Say what works on this machine (Docker, meters, cache), with the fix for what does not.

    Exits 3 when something the default evaluation needs is broken, 0 otherwise.
    """
    from evalperf.doctor import run_checks

    checks = run_checks()
    for check in checks:
        mark = "[green]ok[/]" if check.ok else "[red]no[/]" if check.required else "[yellow]--[/]"
        note = "" if check.ok or check.required else f" (optional: {check.optional_because})"
        console.print(f"{mark}  [bold]{check.name}[/]: {escape(check.detail)}{note}", highlight=False)
        if not check.ok and check.fix:
            console.print(f"     fix: {escape(check.fix)}", highlight=False)
    broken = [c.name for c in checks if c.broken]
    optional = sum(1 for c in checks if not c.ok and not c.required)
    if broken:
        console.print(f"[red]{len(broken)} problem(s) to fix[/]: {', '.join(broken)}", highlight=False)
        sys.exit(ExitCode.ENVIRONMENT)
    console.print("everything needed works" + (f" ({optional} optional check(s) failed)" if optional else ""))


if __name__ == "__main__":
    main()
