"""The commands `evalperf generate` (samples from a model) and `evalperf run` (generate, then evaluate).

Thin: options and presets become frozen configuration here, the library does the work,
and `evalperf.cli_common.handle_errors` turns known errors into one line and an exit code.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import click
from rich.markup import escape

from evalperf.cli_common import (
    F,
    alert,
    cache_dir_option,
    cluster_options,
    cluster_settings,
    console,
    errors,
    handle_errors,
    output_option,
    resumable,
    show_evaluation,
    tier_tolerance_option,
)
from evalperf.generate.backends import BACKEND_CHOICES
from evalperf.meters.spec import METER_NAMES
from evalperf.scoring import DEFAULT_TIER_TOLERANCE

DEFAULTS: dict[str, Any] = {
    "prompt_style": "instruct",
    "temperature": 0.0,
    "top_p": 1.0,
    "max_tokens": 1024,
    "concurrency": 8,
    "request_timeout": 120.0,
}
EVALUATE_DEFAULTS: dict[str, Any] = {
    "sandbox": "auto",
    "meter": "auto",
    "jobs": 1,
    "timeout": 10.0,
    "memory_mb": 1024,
    "min_correct": 1,
    "max_profiled": None,
    "tier_tolerance": DEFAULT_TIER_TOLERANCE,
}


def _generation_options(fn: F) -> F:
    options = [
        click.option(
            "--model",
            required=True,
            help="Model name on the server, local path or hub id (vllm, hf), or replay:FILE.jsonl.",
        ),
        click.option(
            "--backend",
            type=click.Choice(BACKEND_CHOICES),
            default="auto",
            show_default=True,
            help="auto: replay for replay:FILE, openai with --base-url, vllm/hf for a local folder or org/name "
            "hub id when installed, else openai.",
        ),
        click.option(
            "--base-url",
            envvar="OPENAI_BASE_URL",
            default=None,
            help="OpenAI-compatible server, e.g. http://localhost:8000/v1 (vLLM, Ollama, llama.cpp, TGI). "
            "Default: $OPENAI_BASE_URL, else OpenAI.",
        ),
        click.option(
            "--api-key-env",
            default="OPENAI_API_KEY",
            show_default=True,
            help="Environment variable holding the API key.",
        ),
        click.option(
            "--prompt-style",
            default=None,
            help="base, instruct, perf-instruct, perf-CoT, plan-then-code, or a .toml file [default: instruct].",
        ),
        click.option(
            "--n-samples",
            type=click.IntRange(min=1),
            default=None,
            help="Samples per task [default: 1; replay: as many as recorded].",
        ),
        click.option("--temperature", type=click.FloatRange(0.0, 2.0), default=None, help="[default: 0.0]"),
        click.option("--top-p", type=click.FloatRange(0.0, 1.0, min_open=True), default=None, help="[default: 1.0]"),
        click.option("--max-tokens", type=click.IntRange(min=1), default=None, help="[default: 1024]"),
        click.option("--seed", type=int, default=None, help="Sample i is asked with seed SEED+i."),
        click.option(
            "--concurrency", type=click.IntRange(min=1), default=None, help="Requests in flight [default: 8]."
        ),
        click.option(
            "--request-timeout",
            type=click.FloatRange(min=1.0),
            default=None,
            help="Seconds one request may take [default: 120].",
        ),
        click.option(
            "--max-attempts",
            type=click.IntRange(min=1),
            default=6,
            show_default=True,
            help="Tries per request (rate limits, server errors, timeouts; exponential backoff, Retry-After).",
        ),
        click.option("--stream", is_flag=True, help="Stream the answers (server-sent events)."),
        click.option(
            "--run",
            "run_name",
            default=None,
            help="Run folder name [default: STYLE-tTEMPERATURE-nSAMPLES]; the same name resumes the run.",
        ),
        click.option(
            "--results-dir",
            type=click.Path(file_okay=False, path_type=Path),
            default=Path("results"),
            show_default=True,
            help="Samples go to RESULTS_DIR/<model>/<run>/samples.jsonl.",
        ),
        click.option(
            "--suite",
            "suite_spec",
            default="builtin",
            show_default=True,
            help="builtin (default), evalperf, enamel, coffe or mbppplus, each optionally NAME:PATH.",
        ),
        click.option("--tasks", "task_ids", default="", help="Comma-separated task ids (default: all)."),
        click.option(
            "--config",
            "preset",
            default=None,
            help="Preset: a name in configs/ (quick, evalperf-paper) or a path; options given here win.",
        ),
    ]
    for option in reversed(options):
        fn = option(fn)
    return cache_dir_option(fn)  # converted external suites are cached; `run` caches references too


def _typed(table: dict[str, Any], key: str, kind: type, where: str) -> Any:
    from evalperf.errors import ConfigError

    value = table[key]
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        value = float(value)
    if not isinstance(value, kind) or isinstance(value, bool):
        raise ConfigError(f"preset {where}: {key} must be of type {kind.__name__}")
    return value


def _pick(given: Any, table: dict[str, Any], key: str, kind: type, preset: str | None, default: Any) -> Any:
    if given is not None:
        return given
    if key in table:
        return _typed(table, key, kind, preset or "")
    return default


def _generate_options(params: dict[str, Any]) -> Any:
    """GenerateOptions from the command line, the preset's [generate] and the defaults."""
    from evalperf.generate import BackendConfig, GenerateOptions, RetryPolicy, Sampling, guess_backend
    from evalperf.presets import load_preset

    preset = params["preset"]
    table = load_preset(preset, "generate") if preset else {}

    def pick(key: str, kind: type) -> Any:
        return _pick(params.get(key), table, key, kind, preset, DEFAULTS.get(key))

    model = params["model"]
    base_url = params["base_url"] or None
    kind = params["backend"] if params["backend"] != "auto" else guess_backend(model, base_url)
    backend = BackendConfig(
        kind=kind,
        model=model,
        base_url=base_url,
        api_key=os.environ.get(params["api_key_env"]) or None,
        api_key_env=params["api_key_env"],
        request_timeout=pick("request_timeout", float),
        stream=params["stream"],
    )
    return GenerateOptions(
        backend=backend,
        sampling=Sampling(
            temperature=pick("temperature", float),
            top_p=pick("top_p", float),
            max_tokens=pick("max_tokens", int),
            seed=pick("seed", int),
        ),
        prompt_style=pick("prompt_style", str),
        n_samples=pick("n_samples", int),
        task_ids=tuple(t.strip() for t in params["task_ids"].split(",") if t.strip()),
        results_dir=params["results_dir"],
        run_name=params["run_name"],
        concurrency=pick("concurrency", int),
        retry=RetryPolicy(max_attempts=params["max_attempts"]),
    )


def _generate(params: dict[str, Any]) -> Any:
    """Run the generation with a progress bar and print what it did; return the report."""
    from evalperf.console import RichProgress
    from evalperf.generate import generate_samples
    from evalperf.store.outputs import check_writable
    from evalperf.tasks.suites import load_suite

    options = _generate_options(params)
    # before a backend loads a model or asks anything: the samples' place can be written
    check_writable(options.results_dir, "the samples", folder=True)
    suite = load_suite(params["suite_spec"])
    with RichProgress(errors) as progress:
        report = generate_samples(suite, options, progress)
    for warning in report.warnings:
        errors.print(f"[yellow]warning:[/] {escape(warning)}", highlight=False)
    tokens = (
        f"; {report.prompt_tokens:,} prompt + {report.completion_tokens:,} completion tokens"
        if report.prompt_tokens or report.completion_tokens
        else ""
    )
    statuses = ", ".join(f"{count} {status}" for status, count in sorted(report.sanitize.items()))
    console.print(
        f"generated {report.generated} sample(s) with {options.backend.kind} in {report.elapsed_s:.1f} s "
        f"({report.reused} already done, {report.n_samples} per task, {len(report.task_ids)} task"
        f"{'' if len(report.task_ids) == 1 else 's'}){tokens}"
        + (f"; sanitized: {statuses}" if statuses else "")
        + (f"; {report.retried_requests} retried" if report.retried_requests else ""),
        highlight=False,
    )
    console.print(f"samples in {escape(str(report.samples_path))}", highlight=False)
    return report


@click.command()
@_generation_options
@handle_errors
@resumable
def generate(**params: Any) -> None:
    """Generate samples with a model (resumable: the same command continues an interrupted run)."""
    _generate(params)


@click.command()
@_generation_options
@click.option(
    "--sandbox", default=None, help="auto (Docker), docker, or local (no isolation: only for code you trust)."
)
@click.option("--meter", type=click.Choice(METER_NAMES), default=None, help="[default: auto]")
@click.option(
    "--jobs", type=click.IntRange(min=1), default=None, help="Parallel sandbox workers on this machine [default: 1]."
)
@output_option(
    "Results file [default: results.json in the run folder]. It covers every task run in the folder: "
    "a run with other --tasks adds them and keeps the earlier ones."
)
@click.option(
    "--timeout", type=click.FloatRange(min=0.1), default=None, help="Seconds for a correctness check [default: 10]."
)
@click.option("--memory-mb", type=click.IntRange(min=64), default=None, help="[default: 1024]")
@click.option(
    "--min-correct",
    type=click.IntRange(min=1),
    default=None,
    help="Correct samples a task needs to count in DPS [default: 1; EvalPerf paper: 10].",
)
@click.option("--max-profiled", type=click.IntRange(min=1), default=None, help="Profile at most this many per task.")
@click.option("--no-cache", is_flag=True, help="Profile the reference tiers again even if cached.")
@tier_tolerance_option(None)
@cluster_options
@handle_errors
@resumable
def run(**params: Any) -> None:
    """Generate samples with a model, then check, profile and score them.

    The results file of a run folder covers every task run in it: `run --tasks A`, then
    `run --tasks B`, gives one results file with A and B (A kept as measured when nothing
    it depends on changed, else evaluated again; see evalperf.evaluate.merge).
    """
    from evalperf.console import RichProgress
    from evalperf.evaluate.run import EvaluateOptions, evaluate_file
    from evalperf.presets import load_preset
    from evalperf.sandbox.base import Limits
    from evalperf.store.outputs import check_writable
    from evalperf.tasks.suites import load_suite

    # before the model is asked anything: --cluster without Dask installed, an unwritable output
    cluster, cpu_pin = cluster_settings(params["cluster"], params["pin_cpu_features"])
    if params["output"] is not None:
        check_writable(params["output"], "the results")
    report = _generate(params)
    preset = params["preset"]
    table = load_preset(preset, "evaluate") if preset else {}

    def pick(key: str, kind: type) -> Any:
        return _pick(params.get(key), table, key, kind, preset, EVALUATE_DEFAULTS[key])

    timeout = pick("timeout", float)
    options = EvaluateOptions(
        samples_path=report.samples_path,
        out=params["output"] or report.run_dir / "results.json",
        task_ids=report.task_ids,
        sandbox=pick("sandbox", str),
        meter=pick("meter", str),
        jobs=pick("jobs", int),
        limits=Limits(wall_s=timeout, cpu_s=timeout, memory_mb=pick("memory_mb", int)),
        min_correct=pick("min_correct", int),
        max_profiled=pick("max_profiled", int),
        use_cache=not params["no_cache"],
        tier_tolerance=pick("tier_tolerance", float),
        keep_earlier=True,
        cluster=cluster,
        cpu_pin=cpu_pin,
    )
    with RichProgress(errors) as progress:
        # the meter's and sandbox's warnings show above the bars, before any job runs
        result = evaluate_file(load_suite(params["suite_spec"]), options, progress, notify=alert)
    show_evaluation(result, options.samples_path)
