"""`evaluate` as one call: read samples, start the sandbox, pick the meter, evaluate, write results."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from evalperf import __version__
from evalperf.cluster.config import ClusterConfig
from evalperf.errors import ConfigError, NoSamplesError, SamplesError
from evalperf.evaluate.merge import Merge, by_task, plan_merge, read_earlier, samples_digest, with_earlier_tasks
from evalperf.evaluate.pipeline import EvalConfig, TaskOutcome, evaluate_samples
from evalperf.evaluate.samples import SampleIssue, no_usable_samples, read_samples
from evalperf.evaluate.scheduler import NullProgress, ProgressSink
from evalperf.evaluate.session import open_session
from evalperf.evaluate.summary import summarize, task_scores
from evalperf.meters.choose import MeterChoice
from evalperf.meters.spec import UNITS
from evalperf.sandbox.base import Limits, SandboxSettings
from evalperf.scoring import DEFAULT_TIER_TOLERANCE, MAX_TIER_TOLERANCE
from evalperf.store.journal import Journal, find_unfinished, journal_path
from evalperf.store.outputs import check_writable
from evalperf.store.refcache import ReferenceCache
from evalperf.store.results import new_results, write_results
from evalperf.tasks.model import Suite


@dataclass(frozen=True)
class EvaluateOptions:
    """Everything `evalperf evaluate` can be asked, built once by the CLI."""

    samples_path: Path
    out: Path
    task_ids: tuple[str, ...] = ()
    sandbox: str = "auto"
    meter: str = "auto"
    jobs: int = 1
    limits: Limits = Limits()
    min_correct: int = 1
    max_profiled: int | None = None
    use_cache: bool = True
    ks: tuple[int, ...] = (1,)
    model: str | None = None  # the name leaderboards show; default: see model_label
    tier_tolerance: float = DEFAULT_TIER_TOLERANCE  # relative slack of tier matching (docs/scores.md)
    # add to the results file at ``out``: keep its tasks outside the selection (evalperf run; evaluate.merge)
    keep_earlier: bool = False
    # update the results file at ``out``: keep every task of it still unchanged, selected or not
    # (evaluate --update: a suite that grew, or samples added to some tasks, costs only the new work)
    update: bool = False
    cluster: ClusterConfig | None = None  # run the jobs on a Dask cluster's workers (--cluster); jobs unused then
    cpu_pin: str | None = None  # CPU features pinned for the measured code (evalperf.sandbox.pinning)


@dataclass
class EvaluateReport:
    """What the run produced, for the CLI to show."""

    document: dict[str, Any]
    path: Path
    issues: list[SampleIssue] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    cache_hits: int = 0
    resumed: int = 0  # finished jobs taken from the journal of an interrupted run
    repaired: bool = False  # the journal ended in a line cut off by the kill, which was dropped
    notes: list[str] = field(default_factory=list)  # what was kept from the earlier results file


UNSTABLE_MAD_FRACTION = 0.05  # time meter: MAD above this share of the median is flagged


def unstable_time_warnings(outcomes: list[TaskOutcome]) -> list[str]:
    """Warnings for time-meter measurements whose repeats disagree (the numbers are still shown)."""
    total = unstable = 0
    for entry in outcomes:
        profiles = [*entry.references.profiles, *(s.profile for s in entry.samples if s.profile)]
        for profile in profiles:
            for level, (cost, stats) in enumerate(zip(profile.level_costs, profile.stats)):
                if cost and "mad_ns" in stats and level not in profile.unresolved:
                    total += 1
                    unstable += stats["mad_ns"] > UNSTABLE_MAD_FRACTION * cost
    if not unstable:
        return []
    return [
        f"{unstable} of {total} time measurements were unstable (MAD above {UNSTABLE_MAD_FRACTION:.0%} of the "
        "median): prefer an instruction meter, or a quieter machine"
    ]


def below_resolution_warnings(outcomes: list[TaskOutcome]) -> list[str]:
    """A warning naming the tasks where the meter could not resolve some cost (see docs/scores.md)."""
    tasks: list[str] = []
    steps = 0
    for entry in outcomes:
        profiles = [*entry.references.profiles, *(s.profile for s in entry.samples if s.profile)]
        count = sum(len(p.unresolved) + p.load_unresolved for p in profiles)
        if count:
            tasks.append(entry.task.task_id)
            steps += count
    if not tasks:
        return []
    shown = ", ".join(tasks[:5]) + (f" and {len(tasks) - 5} more" if len(tasks) > 5 else "")
    return [
        f"{steps} measured step(s) of {len(tasks)} task(s) were below the meter's resolution ({shown}): "
        "each is recorded as the bound it is under (below_resolution in the results) and scored at that bound"
    ]


def _file_sha256(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError as exc:
        raise SamplesError(f"cannot read samples file {path}: {exc.strerror}") from exc


def model_label(samples_path: Path) -> str:
    """The model a samples file belongs to: run.json's model beside it (evalperf generate), else its name."""
    try:
        manifest = json.loads((samples_path.parent / "run.json").read_text(encoding="utf-8"))
        if isinstance(manifest, dict) and isinstance(manifest.get("model"), str) and manifest["model"]:
            return str(manifest["model"])
    except (OSError, ValueError):
        pass
    return samples_path.stem


def _select(suite: Suite, task_ids: tuple[str, ...]) -> Suite:
    return suite.select(task_ids) if task_ids else suite


def _identity(suite: Suite, options: EvaluateOptions, samples_sha256: str) -> dict[str, Any]:
    """What a run's journal header holds before the sandbox starts."""
    return {
        "samples_sha256": samples_sha256,
        "suite": suite.name,
        "suite_hash": suite.content_hash(),
        "meter_requested": options.meter,
        "limits": options.limits.to_json(),
    }


def unfinished_run(suite: Suite, options: EvaluateOptions, folder: Path) -> Path | None:
    """The results path of an interrupted run of the same samples and settings in ``folder``, if any.

    Used when no -o/--output is given, so running the same command again resumes it.
    """
    identity = _identity(_select(suite, options.task_ids), options, _file_sha256(options.samples_path))
    return find_unfinished(folder, options.samples_path.stem, identity)


def evaluate_file(
    suite: Suite,
    options: EvaluateOptions,
    progress: ProgressSink | None = None,
    notify: Callable[[str], None] | None = None,
) -> EvaluateReport:
    """Evaluate a samples file on ``suite`` and write the results file.

    Finished jobs go to a journal beside the results file as they end; if the run is killed,
    the same call again resumes it (see evalperf.store.journal). ``notify`` is called with each
    warning of the sandbox and meter (a fall-back to the `time` meter) as soon as it is known,
    before any job runs, so the user sees it on the first screen; every warning is also in the
    report and the results file.
    """
    progress = progress or NullProgress()
    if options.jobs < 1:
        raise ConfigError("--jobs must be at least 1")
    if not 0.0 <= options.tier_tolerance < MAX_TIER_TOLERANCE:
        raise ConfigError(
            f"--tier-tolerance must be at least 0 and below {MAX_TIER_TOLERANCE:g} (adjacent tiers are at least "
            f"1.5x apart), got {options.tier_tolerance:g}"
        )
    # before any probe or job: an output that cannot be written fails now, not after the work
    check_writable(options.out, "the results")
    selected = _select(suite, options.task_ids)
    adding = options.keep_earlier or options.update
    earlier = read_earlier(options.out) if adding else None
    reading = with_earlier_tasks(suite, selected, earlier)
    samples_sha256 = _file_sha256(options.samples_path)
    # read against the whole suite, so a line of a task left out by --tasks is told from an unknown id
    wanted_ids = {t.task_id for t in reading.tasks} if options.task_ids else None
    samples, issues = read_samples(options.samples_path, suite, wanted_ids)
    if not samples:
        # said before any sandbox starts or meter is probed: there is nothing to measure
        raise NoSamplesError(f"no usable samples in {options.samples_path}: {no_usable_samples(issues)}")
    per_task_samples = by_task(samples)
    warnings = [f"samples file {i}" for i in issues]
    settings = SandboxSettings(workers=options.jobs, limits=options.limits, cpu_pin=options.cpu_pin)
    with open_session(options.sandbox, settings, options.meter, options.cluster) as session:
        warnings.extend(session.warnings)
        if notify is not None:
            for warning in session.warnings:
                notify(warning)
        choice = session.meter
        config = EvalConfig(
            meter=choice.name,
            meter_fields=session.meter_fields,
            limits=options.limits,
            min_correct=options.min_correct,
            max_profiled=options.max_profiled,
            ks=options.ks,
            tier_tolerance=options.tier_tolerance,
        )
        recorded = _config_record(options, session.kind, choice, config, samples_sha256, reading)
        environment = session.fingerprint(reading)
        merge = Merge(options.out)
        if earlier is not None:
            # with update, a selected task is evaluated only if its earlier entry cannot be kept
            selection = [] if options.update else [t.task_id for t in selected.tasks]
            merge = plan_merge(options.out, earlier, selection, reading, per_task_samples, recorded, environment)
        evaluated = merge.evaluated(reading)
        header = {
            **_identity(evaluated, options, samples_sha256),
            "meter": choice.name,
            "measurement": session.measurement_key,
        }
        journal = Journal.open(journal_path(options.out), header)
        cache = ReferenceCache(enabled=options.use_cache)
        scheduler = session.scheduler(progress)
        ids = {t.task_id for t in evaluated.tasks}
        wanted = [s for s in samples if s.task_id in ids]
        with journal:
            outcomes = evaluate_samples(evaluated, wanted, scheduler, config, cache, session.measurement_key, journal)
        environment = session.fingerprint(reading)  # a cluster's workers that joined during the run, too
    document = new_results(recorded, environment)
    per_task: dict[str, dict[str, Any]] = {}
    entries: dict[str, dict[str, Any]] = dict(merge.kept)
    warnings.extend(merge.warnings)
    for entry in outcomes:
        scores = task_scores(entry, config)
        if scores.get("error"):
            warnings.append(f"{entry.task.task_id}: scores could not be computed, task not scored: {scores['error']}")
        if not entry.references.usable:
            warnings.append(
                f"{entry.task.task_id}: reference tiers unusable, not scored: {'; '.join(entry.references.problems)}"
            )
        entries[entry.task.task_id] = {
            "content_hash": entry.task.content_hash(),
            "category": entry.task.category,
            "eff_limit": entry.task.eff_limit,
            "samples_sha256": samples_digest(per_task_samples.get(entry.task.task_id, [])),
            "references": entry.references.to_json(),
            "samples": [s.to_json() for s in entry.samples],
            "scores": scores,
        }
    for task in reading.tasks:  # suite order, kept and new entries alike
        if task.task_id in entries:
            document["tasks"][task.task_id] = entries[task.task_id]
            per_task[task.task_id] = entries[task.task_id]["scores"]
    document["summary"] = summarize(per_task, config)
    warnings.extend(unstable_time_warnings(outcomes))
    warnings.extend(below_resolution_warnings(outcomes))
    document["warnings"] = warnings
    document["input_issues"] = [{"line": i.line, "message": i.message, "skipped": i.skipped} for i in issues]
    path = write_results(document, options.out)
    journal.remove()
    report = EvaluateReport(document, path, issues, warnings, cache.hits, journal.reused, journal.repaired)
    report.notes = merge.notes
    return report


def _config_record(
    options: EvaluateOptions,
    sandbox: str,
    choice: MeterChoice,
    config: EvalConfig,
    samples_sha256: str,
    suite: Suite,
) -> dict[str, Any]:
    """The results file's ``config``: how the run was asked for and what it chose."""
    return {
        "model": options.model or model_label(options.samples_path),
        "samples": str(options.samples_path),
        "samples_sha256": samples_sha256,
        "suite": suite.name,
        # the --tasks selection; a run that kept earlier tasks (keep_earlier, or update with --tasks)
        # lists them all; None: every task of the suite
        "tasks": (
            [t.task_id for t in suite.tasks]
            if options.keep_earlier or (options.update and options.task_ids)
            else list(options.task_ids)
        )
        or None,
        "sandbox": sandbox,
        "meter_requested": options.meter,
        "meter": choice.name,
        "cost_unit": UNITS[choice.name],
        "meters_tried": choice.tried,
        "meter_choice": choice.to_json(),
        # on a cluster each Dask worker is one slot, and --jobs is not used
        "jobs": options.jobs if options.cluster is None else None,
        "cluster": options.cluster.address if options.cluster is not None else None,
        "limits": options.limits.to_json(),
        "min_correct": options.min_correct,
        "max_profiled": options.max_profiled,
        "alpha": config.alpha,
        "tier_tolerance": config.tier_tolerance,
        "evalperf_version": __version__,
    }
