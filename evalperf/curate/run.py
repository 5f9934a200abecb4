"""`evalperf curate` as one call: pool in, validated task folders with clustered tiers out.

Per task, in order: measure the pool (evalperf.curate.measure), cluster the profiled costs
(evalperf.curate.cluster), apply EvalPerf's filters, write the task folder (evalperf.curate.folder),
load it back and validate it like any task (tests, determinism, order, ratios, tiers as samples).
A dropped or not usable task is reported with its reasons and has no folder. Every finished job
goes to a journal in the output folder, so the same command resumes a killed curation; what was
decided for each task goes to ``curation.json`` there, merged with earlier curations' entries.
"""

from __future__ import annotations

import hashlib
import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from evalperf import __version__
from evalperf.cluster.config import ClusterConfig
from evalperf.curate.cluster import (
    DEFAULT_SPLIT_B,
    MIN_CLUSTERS,
    MIN_COST,
    MIN_SOLUTIONS,
    cluster_costs,
    curation_problems,
)
from evalperf.curate.folder import CuratedTier, remove_task_folder, write_suite_file, write_task_folder
from evalperf.curate.measure import CURATION_WALL_FACTOR, DEFAULT_MAX_SLOWDOWN, PoolMeasurement, measure_pool
from evalperf.curate.pool import DEFAULT_MAX_POOL, DEFAULT_SEED, Pool, read_pool
from evalperf.curate.repeat import leave_out, unrepeatable
from evalperf.curate.stress import StressSource, probe_task, read_stress_plan, stress_source
from evalperf.curate.synthesize import Synthesis, synthesize
from evalperf.errors import ConfigError, MeterError, ResultsError
from evalperf.evaluate.pipeline import EvalConfig
from evalperf.evaluate.scheduler import JobScheduler, NullProgress, ProgressSink
from evalperf.evaluate.session import Session, open_session
from evalperf.evaluate.validate import TaskValidation, validate_tasks
from evalperf.generate.backends import BackendConfig, create_backend
from evalperf.meters.spec import DETERMINISTIC, UNITS
from evalperf.sandbox.base import Limits, SandboxSettings
from evalperf.store.journal import Journal, journal_path
from evalperf.store.outputs import check_writable, write_atomic
from evalperf.store.refcache import ReferenceCache
from evalperf.tasks.builtin import load_task_dir
from evalperf.tasks.model import Suite, Task

REPORT_NAME = "curation.json"
SUMMARY_NAME = "curation.md"  # the same decisions as a table, for people
REPORT_SCHEMA = "evalperf.curation/1"


@dataclass(frozen=True)
class SynthesisOptions:
    """Input synthesis (SaS): the model that writes each task's stress generator."""

    backend: BackendConfig
    model: str  # the name recorded with the synthesized inputs


@dataclass(frozen=True)
class CurateOptions:
    """Everything `evalperf curate` can be asked, built once by the CLI."""

    pool_paths: tuple[Path, ...]
    out: Path
    task_ids: tuple[str, ...] = ()
    generators: Path | None = None
    stress_plan: Path | None = None
    max_pool: int | None = DEFAULT_MAX_POOL
    seed: int = DEFAULT_SEED
    split_b: float = DEFAULT_SPLIT_B
    min_solutions: int = MIN_SOLUTIONS
    min_cost: float = MIN_COST
    min_clusters: int = MIN_CLUSTERS
    max_slowdown: float = DEFAULT_MAX_SLOWDOWN
    sandbox: str = "auto"
    meter: str = "valgrind"
    jobs: int = 1
    limits: Limits = Limits()
    use_cache: bool = True
    validate: bool = True
    suite_name: str = "curated"
    synthesis: SynthesisOptions | None = None
    cluster: ClusterConfig | None = None  # run the jobs on a Dask cluster's workers (--cluster)
    cpu_pin: str | None = None  # CPU features pinned for the measured code (evalperf.sandbox.pinning)

    def parameters(self) -> dict[str, Any]:
        """The curation parameters a curated task records."""
        return {
            "split_b": self.split_b,
            "min_solutions": self.min_solutions,
            "min_cost": self.min_cost,
            "min_clusters": self.min_clusters,
            "max_pool": self.max_pool,
            "seed": self.seed,
            "max_slowdown": self.max_slowdown,
        }


@dataclass
class TaskCuration:
    """What curation decided for one task, and the figures behind it."""

    task_id: str
    status: str = "dropped"  # "curated" (folder written and valid), "dropped" (filters), "not usable" (validation)
    reasons: list[str] = field(default_factory=list)
    pool: dict[str, int] = field(default_factory=dict)  # lines, distinct, kept
    outcomes: dict[str, int] = field(default_factory=dict)
    cluster_sizes: list[int] = field(default_factory=list)
    tier_costs: list[float] = field(default_factory=list)
    scores: list[float] = field(default_factory=list)
    seconds: float = 0.0
    folder: str | None = None
    stress: dict[str, Any] = field(default_factory=dict)
    synthesis: dict[str, Any] | None = None
    notes: list[str] = field(default_factory=list)
    programs: list[dict[str, Any]] = field(default_factory=list)

    @property
    def profiled(self) -> int:
        """Programs with a cost."""
        return self.outcomes.get("profiled", 0)

    @property
    def correct(self) -> int:
        """Programs that passed the tests."""
        return sum(v for k, v in self.outcomes.items() if k != "incorrect")

    @property
    def spread(self) -> float | None:
        """Slowest tier's cost over the fastest's."""
        if len(self.tier_costs) < 2 or not self.tier_costs[-1]:
            return None
        return self.tier_costs[0] / self.tier_costs[-1]

    def to_json(self) -> dict[str, Any]:
        """Plain data for curation.json."""
        return {
            "task_id": self.task_id,
            "status": self.status,
            "reasons": self.reasons,
            "pool": self.pool,
            "correct": self.correct,
            "profiled": self.profiled,
            "outcomes": self.outcomes,
            "clusters": len(self.cluster_sizes),
            "cluster_sizes": self.cluster_sizes,
            "tier_costs": self.tier_costs,
            "scores": self.scores,
            "slowest_over_fastest": self.spread,
            "seconds": round(self.seconds, 3),
            "folder": self.folder,
            "stress": self.stress,
            "synthesis": self.synthesis,
            "notes": self.notes,
            "programs": self.programs,
        }


@dataclass
class CurationReport:
    """What a curation produced, for the CLI to show."""

    tasks: list[TaskCuration]
    path: Path
    meter: str
    environment: dict[str, Any]
    warnings: list[str] = field(default_factory=list)
    resumed: int = 0


def _check_options(options: CurateOptions) -> None:
    if options.jobs < 1:
        raise ConfigError("--jobs must be at least 1")
    if not options.pool_paths:
        raise ConfigError("curation needs a pool: --pool FILE.jsonl (one or more)")
    if not 0.0 <= options.split_b < 1.0:
        raise ConfigError(f"--split-b must be at least 0 and below 1, got {options.split_b:g}")
    if options.min_clusters < 2:
        raise ConfigError(f"--min-clusters must be at least 2, got {options.min_clusters}")
    if options.max_slowdown <= 1.0:
        raise ConfigError(f"--max-slowdown must be above 1, got {options.max_slowdown:g}")
    if options.generators is not None and not options.generators.is_dir():
        raise ConfigError(f"--generators {options.generators}: not a folder")


def _pool_digest(pool: Pool, ids: list[str]) -> str:
    """What the measured programs depend on besides the tasks: the pool files, the subset rule."""
    body = {"files": [f["sha256"] for f in pool.files], "max_pool": pool.max_pool, "seed": pool.seed, "tasks": ids}
    return hashlib.sha256(json.dumps(body, sort_keys=True).encode()).hexdigest()


def _read_report(path: Path) -> dict[str, Any]:
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ResultsError(f"{path}: cannot read the earlier curation report ({exc}): move it away") from exc
    if not isinstance(data, dict) or data.get("schema") != REPORT_SCHEMA or not isinstance(data.get("tasks"), dict):
        raise ResultsError(f"{path} is not an evalperf curation report: move it away")
    return data


def _tiers(measured: PoolMeasurement, pool_code: list[str], split_b: float) -> tuple[list[CuratedTier], list[float]]:
    indexed = measured.costs()
    profiles = {m.index: m.profile for m in measured.programs}
    clusters = cluster_costs([c for _, c in indexed], split_b)
    tiers = []
    for cluster in clusters:
        members = [indexed[i] for i in cluster.members]
        reference = members[0][0]
        tiers.append(CuratedTier(pool_code[reference], cluster, members[0][1], members[-1][1], profiles[reference]))
    return tiers, [c for _, c in indexed]


def _repeatable_references(
    measured: PoolMeasurement, code: list[str], scheduler: JobScheduler, config: EvalConfig, split_b: float
) -> PoolMeasurement:
    """``measured`` once every tier's reference program counted the same twice (see curate.repeat)."""
    checked: set[int] = set()
    while True:
        indexed = measured.costs()
        references = [indexed[c.reference][0] for c in cluster_costs([cost for _, cost in indexed], split_b)]
        todo = [i for i in references if i not in checked]
        if not todo:
            return measured
        checked.update(todo)
        found = unrepeatable(measured, todo, code, scheduler, config)
        if not found:
            return measured
        measured = leave_out(measured, found)


def _seed_references(
    written: Task,
    tiers: list[CuratedTier],
    config: EvalConfig,
    cache: ReferenceCache,
    environment: dict[str, Any],
) -> None:
    """Cache each tier's measurement from the pool as the written task's reference profile.

    The tier's code, input, meter and environment are those it was measured with, so validation
    need not profile it again as a reference; it still evaluates every tier as a sample, a fresh
    measurement that must land on its tier at exactly this cost.
    """
    for k, tier in enumerate(tiers):
        if tier.profile is not None:
            cache.put(ReferenceCache.key(written.content_hash(), k, config.meter, environment), tier.profile)


def _curation_table(
    options: CurateOptions,
    task: Task,
    source: StressSource,
    pool: Pool,
    record: TaskCuration,
    session: Session,
) -> dict[str, Any]:
    return {
        "method": "EvalPerf DPE: pool solutions profiled on one stress input, costs clustered into tiers",
        "source_suite": task.suite,
        "source_task_hash": task.content_hash(),
        "stress": source.record(),
        "parameters": options.parameters(),
        "pool_files": pool.files,
        "pool": record.pool,
        "correct": record.correct,
        "profiled": record.profiled,
        "outcomes": record.outcomes,
        "cluster_sizes": record.cluster_sizes,
        "meter": session.meter.name,
        "measurement": session.measurement_key,
        "evalperf_version": __version__,
    }


def _validate(
    written: Task,
    scheduler: JobScheduler,
    config: EvalConfig,
    cache: ReferenceCache,
    environment: dict[str, Any],
) -> TaskValidation:
    """The written task (loaded back from its folder) validated like any task, tiers as samples included."""
    [entry] = validate_tasks(
        [written],
        scheduler,
        config.meter,
        config.meter_fields,
        config.limits,
        cache,
        environment,
        tiers_as_samples=config.meter in DETERMINISTIC,
    )
    return entry


def curate(
    suite: Suite,
    options: CurateOptions,
    progress: ProgressSink | None = None,
    notify: Callable[[str], None] | None = None,
) -> CurationReport:
    """Curate the selected tasks of ``suite`` from the pool into task folders under ``options.out``.

    ``notify`` is called with a line per task as it is decided, and with the session's warnings.
    """
    _check_options(options)
    report_path = options.out / REPORT_NAME
    check_writable(report_path, "the curation report")
    earlier = _read_report(report_path)
    selected = suite.select(options.task_ids) if options.task_ids else suite
    ids = [t.task_id for t in selected.tasks]
    pool = read_pool(options.pool_paths, ids, options.max_pool, options.seed)
    if not options.task_ids:  # every task of the suite that the pool has solutions for
        selected = Suite(selected.name, tuple(t for t in selected.tasks if t.task_id in pool.tasks), selected.authored)
        ids = [t.task_id for t in selected.tasks]
        if not ids:
            raise ConfigError(f"the pool has no solution for any task of suite {suite.name}")
    # generator files are read (and refused when malformed) before any sandbox starts
    plan = read_stress_plan(options.stress_plan) if options.stress_plan is not None else {}
    unknown = sorted(set(plan) - {t.task_id for t in suite.tasks})
    if unknown:
        raise ConfigError(f"the stress plan names task(s) the suite does not have: {', '.join(unknown)}")
    sources = {t.task_id: stress_source(t, options.generators, plan.get(t.task_id)) for t in selected.tasks}
    progress = progress or NullProgress()
    settings = SandboxSettings(workers=options.jobs, limits=options.limits, cpu_pin=options.cpu_pin)
    records: list[TaskCuration] = []
    with open_session(options.sandbox, settings, options.meter, options.cluster) as session:
        meter = session.meter.name
        if UNITS.get(meter) != "instructions":
            raise MeterError(
                f"curation clusters instruction counts (EvalPerf's split rule is in instructions), "
                f"the meter is {meter}: use --meter valgrind (or perf where the CPU counts instructions)"
            )
        for warning in session.warnings:
            if notify is not None:
                notify(warning)
        config = EvalConfig(
            meter=meter,
            meter_fields=session.meter_fields,
            limits=options.limits,
            profile_wall_factor=CURATION_WALL_FACTOR,
        )
        scheduler = session.scheduler(progress)
        syntheses = _synthesize_all(selected, options, scheduler, notify)
        for task_id, synthesis in syntheses.items():
            if synthesis.source is not None:
                sources[task_id] = synthesis.source
        kept = [t for t in selected.tasks if task_id_kept(t.task_id, syntheses)]
        probes = [probe_task(t, sources[t.task_id]) for t in kept]
        probe_suite = Suite(f"curate:{suite.name}", tuple(probes))
        environment = session.measurement_key
        header = {
            "samples_sha256": _pool_digest(pool, ids),
            "suite": probe_suite.name,
            "suite_hash": probe_suite.content_hash(),
            "meter_requested": options.meter,
            "meter": meter,
            "measurement": environment,
            "limits": options.limits.to_json(),
        }
        journal = Journal.open(journal_path(report_path), header)
        cache = ReferenceCache(enabled=options.use_cache)
        write_suite_file(options.out, options.suite_name)
        decided: dict[str, Any] = dict(earlier.get("tasks", {}))
        runs: list[dict[str, Any]] = [*earlier.get("runs", [])]
        document = {"schema": REPORT_SCHEMA, "suite": options.suite_name, "tasks": decided, "runs": runs}
        probe_of = {p.task_id: p for p in probes}

        def decide(record: TaskCuration) -> None:
            synthesis = syntheses.get(record.task_id)
            if synthesis is not None:
                record.synthesis = synthesis.to_json()
            records.append(record)
            decided[record.task_id] = record.to_json()
            write_atomic(report_path, json.dumps(document, indent=1), "the curation report")
            if notify is not None:
                notify(_line(record))

        with journal:
            for task in selected.tasks:
                probe = probe_of.get(task.task_id)
                if probe is None:
                    reason = syntheses[task.task_id].reason or "no input"
                    remove_task_folder(options.out, task.task_id)
                    decide(TaskCuration(task.task_id, reasons=[f"input synthesis: {reason}"]))
                    continue
                before = earlier.get("tasks", {}).get(task.task_id, {})
                decide(
                    _curate_task(
                        task,
                        probe,
                        sources[task.task_id],
                        pool,
                        options,
                        session,
                        scheduler,
                        config,
                        cache,
                        journal,
                        before,
                    )
                )
        runs.append(
            {
                "tasks": ids,
                "source_suite": suite.name,
                "source_suite_hash": selected.content_hash(),
                "pool_files": pool.files,
                "parameters": options.parameters(),
                "synthesis_model": options.synthesis.model if options.synthesis is not None else None,
                "meter": meter,
                "environment": session.fingerprint(probe_suite),
                "evalperf_version": __version__,
            }
        )
        write_atomic(report_path, json.dumps(document, indent=1), "the curation report", durable=True)
        write_atomic(options.out / SUMMARY_NAME, summary_markdown(document), "the curation summary")
        journal.remove()
        return CurationReport(
            records, report_path, meter, session.fingerprint(probe_suite), session.warnings, journal.reused
        )


def summary_markdown(document: dict[str, Any]) -> str:
    """curation.md: one row per task of the report, curated ones first, with the reasons of the others."""
    tasks = list(document["tasks"].values())
    order = {"curated": 0, "not usable": 1, "dropped": 2}
    # numbers in ids in number order: HumanEval/4 before HumanEval/16
    tasks.sort(
        key=lambda t: (
            order.get(t["status"], 3),
            [(0, int(p), "") if p.isdigit() else (1, 0, p) for p in re.split(r"(\d+)", t["task_id"])],
        )
    )
    curated = sum(t["status"] == "curated" for t in tasks)
    lines = [
        f"# Curation of suite `{document['suite']}`",
        "",
        f"Written by `evalperf curate` from curation.json: {curated} of {len(tasks)} task(s) curated.",
        "",
        "| task | status | pool | correct | profiled | tiers | cluster sizes | slowest / fastest | seconds | why not |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for t in tasks:
        spread = t.get("slowest_over_fastest")
        why = "; ".join(t.get("reasons", [])).replace("|", "/")
        sizes = " ".join(str(n) for n in t.get("cluster_sizes", []))
        lines.append(
            f"| {t['task_id']} | {t['status']} | {t.get('pool', {}).get('kept', 0)} | {t.get('correct', 0)} | "
            f"{t.get('profiled', 0)} | {t.get('clusters', 0)} | {sizes} | "
            f"{f'{spread:.1f}x' if spread else '-'} | {t.get('seconds', 0):.0f} | {why} |"
        )
    return "\n".join(lines) + "\n"


def task_id_kept(task_id: str, syntheses: dict[str, Synthesis]) -> bool:
    """A task is measured unless input synthesis was asked for it and found no input."""
    synthesis = syntheses.get(task_id)
    return synthesis is None or synthesis.source is not None


def _synthesize_all(
    selected: Suite, options: CurateOptions, scheduler: JobScheduler, notify: Callable[[str], None] | None
) -> dict[str, Synthesis]:
    """SaS for every selected task, when asked for (evalperf.curate.synthesize)."""
    if options.synthesis is None:
        return {}
    backend = create_backend(options.synthesis.backend)
    found: dict[str, Synthesis] = {}
    try:
        for warning in backend.check():
            if notify is not None:
                notify(warning)
        for task in selected.tasks:
            synthesis = synthesize(task, backend, options.synthesis.model, scheduler, options.limits)
            found[task.task_id] = synthesis
            if notify is not None:
                outcome = f"scale {synthesis.scale}" if synthesis.source is not None else synthesis.reason
                notify(f"{task.task_id}: input synthesis: {outcome}")
    finally:
        backend.close()
    return found


def _line(record: TaskCuration) -> str:
    """One line per decided task."""
    head = f"{record.task_id}: {record.status}"
    figures = (
        f"pool {record.pool.get('kept', 0)}, correct {record.correct}, profiled {record.profiled}, "
        f"{len(record.cluster_sizes)} cluster(s)"
    )
    if record.spread is not None:
        figures += f", slowest/fastest tier {record.spread:.1f}x"
    why = f" ({'; '.join(record.reasons)})" if record.reasons else ""
    return f"{head}: {figures}, {record.seconds:.0f} s{why}"


def _curate_task(
    task: Task,
    probe: Task,
    source: StressSource,
    pool: Pool,
    options: CurateOptions,
    session: Session,
    scheduler: JobScheduler,
    config: EvalConfig,
    cache: ReferenceCache,
    journal: Journal,
    earlier: dict[str, Any],
) -> TaskCuration:
    """Measure, cluster, filter, write and validate one task (``earlier``: its entry in an earlier report)."""
    started = time.monotonic()
    record = TaskCuration(task.task_id, stress=source.record())
    task_pool = pool.tasks.get(task.task_id)
    if task_pool is None or not task_pool.solutions:
        record.reasons.append("the pool has no solution for this task")
        remove_task_folder(options.out, task.task_id)
        return record
    record.pool = task_pool.provenance()
    measured = measure_pool(
        probe, task_pool, scheduler, config, cache, session.measurement_key, journal, options.max_slowdown
    )
    code = [s.solution for s in task_pool.solutions]
    if measured.references.usable and config.meter in DETERMINISTIC:
        measured = _repeatable_references(measured, code, scheduler, config, options.split_b)
    record.outcomes = measured.counts()
    record.programs = [
        {**m.to_json(), "source": task_pool.solutions[m.index].source, "line": task_pool.solutions[m.index].line}
        for m in measured.programs
    ]
    if not measured.references.usable:
        record.reasons.append(
            f"the task's own tiers fail on the stress input: {'; '.join(measured.references.problems)}"
        )
    tiers, costs = _tiers(measured, code, options.split_b)
    record.cluster_sizes = [len(t.cluster.members) for t in tiers]
    record.tier_costs = [t.cost for t in tiers]
    record.scores = [t.cluster.score for t in tiers]
    if not record.reasons:
        record.reasons.extend(
            curation_problems(
                costs,
                [t.cluster for t in tiers],
                options.min_solutions,
                options.min_cost,
                options.min_clusters,
            )
        )
    if record.reasons:
        remove_task_folder(options.out, task.task_id)
        record.seconds = time.monotonic() - started
        return record
    curation = _curation_table(options, task, source, pool, record, session)
    folder, changed = write_task_folder(
        options.out, measured.task, tiers, options.split_b, options.min_clusters, curation
    )
    record.status, record.folder = "curated", folder.name
    validated_before = not changed and earlier.get("status") == "curated"
    if options.validate and validated_before:
        # the same files an earlier curation wrote and validated (a resumed or repeated run)
        record.notes.extend([*earlier.get("notes", []), "unchanged since an earlier curation, which validated it"])
        started -= float(earlier.get("seconds", 0.0))  # the time it took is the earlier curation's
    elif options.validate:
        written = load_task_dir(folder, options.suite_name)
        if config.meter in DETERMINISTIC:
            _seed_references(written, tiers, config, cache, session.measurement_key)
        entry = _validate(written, scheduler, config, cache, session.measurement_key)
        record.notes.extend(entry.notes)
        if not entry.ok:
            record.status = "not usable"
            record.reasons.extend(f"validation: {p}" for p in entry.problems)
            remove_task_folder(options.out, task.task_id)
            record.folder = None
    record.seconds = time.monotonic() - started
    return record
