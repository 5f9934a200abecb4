"""`generate` as one call: plan the samples still missing, ask the backend concurrently, store them.

Workers (threads) only talk to the model; the calling thread alone writes the store, so a
sample is on disk as soon as it is finished. A failure that retrying cannot cure (refused
key, unknown model, a server gone for good) stops the run: requests in flight finish and are
kept, nothing else is sent, and the error says how many samples are safe.
"""

from __future__ import annotations

import queue
import threading
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from functools import partial
from pathlib import Path
from typing import Any

from evalperf import __version__
from evalperf.errors import ConfigError, GenerationError
from evalperf.evaluate.scheduler import NullProgress, ProgressSink
from evalperf.generate.backends import Backend, BackendConfig, Completion, Request, Sampling, create_backend
from evalperf.generate.backends.replay import replay_path
from evalperf.generate.retry import Attempts, Cancelled, RetryPolicy, Throttle, call_with_retry
from evalperf.generate.sanitize import sanitize
from evalperf.generate.store import SampleStore, slug
from evalperf.generate.templates import PromptStyle, load_style
from evalperf.tasks.model import Suite, Task

PHASE = "generating samples"
DEFAULT_CONCURRENCY = 8

Unit = list[tuple[Task, int]]


@dataclass(frozen=True)
class GenerateOptions:
    """Everything `evalperf generate` can be asked, built once by the CLI."""

    backend: BackendConfig
    sampling: Sampling = Sampling()
    prompt_style: str = "instruct"
    n_samples: int | None = None  # None: as many as a replay recording holds, else 1
    task_ids: tuple[str, ...] = ()
    results_dir: Path = Path("results")
    run_name: str | None = None
    concurrency: int = DEFAULT_CONCURRENCY
    retry: RetryPolicy = RetryPolicy()


@dataclass
class GenerateReport:
    """What a generation produced, for the CLI to show and `run` to evaluate."""

    samples_path: Path
    run_dir: Path
    task_ids: tuple[str, ...]
    n_samples: int
    total: int
    reused: int
    generated: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    elapsed_s: float = 0.0
    retried_requests: int = 0
    sanitize: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def model_label(config: BackendConfig) -> str:
    """The model's name in folder names: ``replay-<file>`` for a recording."""
    if config.kind == "replay":
        stem = replay_path(config.model).stem
        return stem if stem.startswith("replay") else f"replay-{stem}"
    return config.model.rstrip("/")


def default_run_name(style: str, sampling: Sampling, n_samples: int) -> str:
    """Same settings, same run folder: re-running a command resumes it."""
    return f"{style}-t{sampling.temperature:g}-n{n_samples}"


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class _Generation:
    """One generation run (see the module docstring)."""

    def __init__(self, suite: Suite, options: GenerateOptions, backend: Backend, progress: ProgressSink) -> None:
        self.options = options
        self.backend = backend
        self.progress = progress
        self.style: PromptStyle = load_style(options.prompt_style)
        self.warnings: list[str] = []
        self.tasks, self.n_samples = self._plan(suite)
        self.suite = suite
        self.cancel = threading.Event()
        self.throttle = Throttle(self.cancel)
        self.lock = threading.Lock()
        self.retried = 0

    # -- planning -----------------------------------------------------------------------------

    def _plan(self, suite: Suite) -> tuple[list[Task], int]:
        options = self.options
        tasks = list(suite.select(options.task_ids).tasks if options.task_ids else suite.tasks)
        recorded = self.backend.recorded_samples()
        n = options.n_samples
        if recorded is not None:
            if not options.task_ids:
                tasks = [t for t in tasks if t.task_id in recorded]
                if not tasks:
                    raise GenerationError("the replay file has completions for none of the suite's tasks")
                if len(tasks) < len(suite.tasks):
                    self.warnings.append(f"the replay file covers {len(tasks)} of the suite's {len(suite.tasks)} tasks")
            if n is None:
                n = min(recorded.get(t.task_id, 0) for t in tasks) or 1
        n = n if n is not None else 1
        if n < 1:
            raise ConfigError("--n-samples must be at least 1")
        if n > 1 and options.sampling.temperature == 0 and options.sampling.seed is None and recorded is None:
            self.warnings.append(f"{n} samples at temperature 0: most servers answer the same every time")
        return tasks, n

    def manifest(self) -> dict[str, Any]:
        """What run.json records."""
        return {
            "model": model_label(self.options.backend),
            "model_spec": self.options.backend.model,
            "backend": self.backend.name,
            "prompt_style": self.style.name,
            "prompt_sha256": self.style.source_sha256,
            "n_samples": self.n_samples,
            "sampling": self.options.sampling.to_json(),
            "suite": self.suite.name,
            "suite_hash": self.suite.content_hash(),
            "endpoint": self.options.backend.to_json(),
            "created": _now(),
            "evalperf_version": __version__,
        }

    # -- one unit of work (runs in a worker thread) ---------------------------------------------

    def _request(self, task: Task, index: int, stage: int, answers: list[str]) -> Request:
        sampling = self.options.sampling
        common: dict[str, Any] = {
            "task_id": task.task_id,
            "index": index,
            "stage": stage,
            "stages": len(self.style.stages),
            "sampling": sampling,
            "stop": self.style.stop,
            "seed": None if sampling.seed is None else sampling.seed + index,
        }
        if self.style.api == "completion":
            return Request(prompt=self.style.completion_prompt(task), **common)
        return Request(messages=self.style.conversation(task, stage, answers), **common)

    def _work(self, unit: Unit) -> list[dict[str, Any]]:
        started = time.monotonic()
        attempts = Attempts()
        answers: list[list[Completion]] = [[] for _ in unit]
        for stage in range(len(self.style.stages)):
            requests = [
                self._request(task, index, stage, [c.text for c in answers[k]]) for k, (task, index) in enumerate(unit)
            ]
            got = call_with_retry(
                partial(self.backend.complete, requests), self.options.retry, self.throttle, self.cancel, attempts
            )
            if len(got) != len(requests):
                raise GenerationError(
                    f"the {self.backend.name} backend answered {len(got)} of {len(requests)} requests"
                )
            for k, completion in enumerate(got):
                answers[k].append(completion)
        if attempts.count > len(self.style.stages):
            with self.lock:
                self.retried += 1
        elapsed = time.monotonic() - started
        return [self._record(task, index, answers[k], attempts, elapsed) for k, (task, index) in enumerate(unit)]

    def _record(
        self, task: Task, index: int, completions: Sequence[Completion], attempts: Attempts, elapsed: float
    ) -> dict[str, Any]:
        final = completions[-1]
        cleaned = sanitize(final.text, task.entry_point, task.prompt, self.style.continues_prompt)

        def total(values: list[int | None]) -> int | None:
            return None if any(v is None for v in values) else sum(v for v in values if v is not None)

        sampling = self.options.sampling
        record: dict[str, Any] = {
            "task_id": task.task_id,
            "index": index,
            "solution": cleaned.code,
            "raw": final.text,
            "sanitize": cleaned.to_json(),
            "finish_reason": final.finish_reason,
            "usage": {
                "prompt_tokens": total([c.prompt_tokens for c in completions]),
                "completion_tokens": total([c.completion_tokens for c in completions]),
            },
            "params": {**sampling.to_json(), "seed": None if sampling.seed is None else sampling.seed + index},
            "prompt_style": self.style.name,
            "model": self.options.backend.model,
            "backend": self.backend.name,
            "latency_s": round(elapsed, 3),
            "attempts": attempts.count,
            "created": _now(),
        }
        if len(completions) > 1:
            record["turns"] = [c.text for c in completions]
        return record

    # -- the run ------------------------------------------------------------------------------

    def run(self) -> GenerateReport:
        options = self.options
        run_name = options.run_name or default_run_name(self.style.name, options.sampling, self.n_samples)
        run_dir = options.results_dir / slug(model_label(options.backend)) / slug(run_name)
        started = time.monotonic()
        with SampleStore(run_dir).open(self.manifest()) as store:
            if store.repaired:
                self.warnings.append(f"removed a cut-off last line from {store.path} (an interrupted run)")
            wanted = [(t, i) for t in self.tasks for i in range(self.n_samples)]
            pending = [(t, i) for t, i in wanted if (t.task_id, i) not in store.done]
            report = GenerateReport(
                samples_path=store.path,
                run_dir=run_dir,
                task_ids=tuple(t.task_id for t in self.tasks),
                n_samples=self.n_samples,
                total=len(wanted),
                reused=len(wanted) - len(pending),
            )
            if pending:
                self.warnings.extend(self.backend.check())
            self.progress.start(PHASE, len(wanted))
            if report.reused:
                self.progress.advance(PHASE, report.reused)
            if pending:
                self._run_units(pending, store, report)
        report.elapsed_s = time.monotonic() - started
        report.retried_requests = self.retried
        report.warnings = self.warnings
        return report

    def _run_units(self, pending: Unit, store: SampleStore, report: GenerateReport) -> None:
        size = max(1, self.backend.batch_size)
        units: queue.Queue[Unit] = queue.Queue()
        for k in range(0, len(pending), size):
            units.put(pending[k : k + size])
        count = units.qsize()
        workers = max(1, min(self.options.concurrency, count)) if self.backend.concurrent else 1
        results: queue.Queue[list[dict[str, Any]] | BaseException] = queue.Queue()

        def worker() -> None:
            # every unit is answered, with Cancelled once the run stops, so the count adds up
            while True:
                try:
                    unit = units.get_nowait()
                except queue.Empty:
                    return
                if self.cancel.is_set():
                    results.put(Cancelled("generation stopped"))
                    continue
                try:
                    results.put(self._work(unit))
                except BaseException as exc:  # handed to the calling thread, which raises it
                    self.cancel.set()  # stop every worker now, not when the calling thread notices
                    results.put(exc)

        # daemon threads: Ctrl-C ends the process at once instead of waiting for requests in
        # flight (what finished is on disk already; what was in flight is asked again next time)
        for number in range(workers):
            threading.Thread(target=worker, name=f"evalperf-generate-{number}", daemon=True).start()
        statuses: Counter[str] = Counter()
        failure: BaseException | None = None
        try:
            for _ in range(count):
                outcome = results.get()
                if isinstance(outcome, Cancelled):
                    continue
                if isinstance(outcome, BaseException):
                    failure = failure or outcome
                    continue
                for record in outcome:
                    store.append(record)
                    statuses[record["sanitize"]["status"]] += 1
                    report.generated += 1
                    report.prompt_tokens += record["usage"]["prompt_tokens"] or 0
                    report.completion_tokens += record["usage"]["completion_tokens"] or 0
                    self.progress.advance(PHASE)
        except BaseException:
            self.cancel.set()  # Ctrl-C: workers send nothing more
            raise
        finally:
            report.sanitize = dict(statuses)
        if isinstance(failure, GenerationError):
            done = report.reused + report.generated
            raise GenerationError(
                f"{failure} [{done}/{report.total} samples are in {store.path}; the same command continues from there]"
            ) from failure
        if failure is not None:
            raise failure


def generate_samples(
    suite: Suite,
    options: GenerateOptions,
    progress: ProgressSink | None = None,
    backend: Backend | None = None,
) -> GenerateReport:
    """Generate the samples of ``options`` that its run folder does not hold yet.

    ``backend``: an already built backend (tests); by default one is made from
    ``options.backend`` and closed at the end.
    """
    own = backend is None
    model = backend if backend is not None else create_backend(options.backend)
    try:
        return _Generation(suite, options, model, progress or NullProgress()).run()
    finally:
        if own:
            model.close()
