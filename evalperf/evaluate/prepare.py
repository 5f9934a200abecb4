"""Finishing external tasks' correctness tests inside the sandbox (before checking or validating).

Some sources publish test inputs without expected outputs (MBPP+, HumanEval+: outputs are
what the canonical solution returns) or only a generator of inputs (ENAMEL). Both are
code from outside, so they run in the sandbox as check jobs: the input generator as a
"solution" whose entry point ``case(i)`` returns the arguments of test i, then the oracle
on those arguments. Finished tests are cached per task content and environment.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from pathlib import Path
from typing import Any

from evalperf.errors import TaskError
from evalperf.evaluate.jobs import call_payload
from evalperf.evaluate.scheduler import JobScheduler
from evalperf.paths import cache_dir
from evalperf.sandbox.base import JobResult, Limits
from evalperf.store.outputs import write_atomic
from evalperf.tasks.literals import args_field, read_args_field
from evalperf.tasks.model import PendingTests, Task, TestCase

TESTS_CACHE_FORMAT = 2  # 2: arguments JSON cannot carry are stored as Python literals
CASE_ENTRY = "case"


def _values(result: JobResult, count: int, what: str, notes: list[str]) -> list[tuple[bool, Any]]:
    """(ran, returned value) of each test; a test that failed gets a note saying why."""
    if result.status != "ok":
        notes.append(f"{what} failed: {result.status} {result.message}".strip())
        return [(False, None)] * count
    values: list[tuple[bool, Any]] = []
    for number, outcome in enumerate(result.outcomes[:count]):
        if "value" in outcome:
            values.append((True, outcome["value"]))
        else:
            problem = outcome.get("raised") or outcome.get("unsupported") or outcome.get("violation")
            notes.append(f"{what}, test {number}: {problem}")
            values.append((False, None))
    values.extend([(False, None)] * (count - len(values)))
    return values


class TestStore:
    """Finished tests on disk, one JSON file per (task content, environment)."""

    __test__ = False

    def __init__(self, root: Path | None = None, enabled: bool = True) -> None:
        self.root = root if root is not None else cache_dir() / "tests"
        self.enabled = enabled

    @staticmethod
    def key(task: Task, environment: dict[str, Any]) -> str:
        """What the finished tests depend on, hashed."""
        body = {"format": TESTS_CACHE_FORMAT, "task": task.content_hash(), "env": environment}
        return hashlib.sha256(json.dumps(body, sort_keys=True).encode()).hexdigest()

    def get(self, key: str) -> tuple[list[TestCase], list[str]] | None:
        """Cached tests and notes, or None."""
        if not self.enabled:
            return None
        try:
            data = json.loads((self.root / f"{key}.json").read_text(encoding="utf-8"))
            tests = [TestCase(read_args_field(t, "a cached test"), t["expected"]) for t in data["tests"]]
            return tests, [str(n) for n in data["notes"]]
        except (OSError, ValueError, KeyError, TypeError, TaskError):
            return None

    def put(self, key: str, tests: list[TestCase], notes: list[str]) -> None:
        """Store finished tests atomically."""
        if not self.enabled:
            return
        body = {"tests": [{**args_field(t.args), "expected": t.expected} for t in tests], "notes": notes}
        write_atomic(self.root / f"{key}.json", json.dumps(body), "the tests cache entry")


def _finish(task: Task, tests: list[TestCase], notes: list[str]) -> Task:
    return dataclasses.replace(task, tests=tuple(tests), pending=None, extra={**task.extra, "test_notes": notes})


def complete_tests(
    tasks: list[Task],
    scheduler: JobScheduler,
    limits: Limits,
    environment: dict[str, Any],
    store: TestStore | None = None,
) -> list[Task]:
    """``tasks`` with every pending test finished in the sandbox (other tasks unchanged)."""
    store = store if store is not None else TestStore()
    done: dict[int, Task] = {}
    todo: list[tuple[int, Task, PendingTests, str]] = []
    for index, task in enumerate(tasks):
        if task.pending is None:
            continue
        key = TestStore.key(task, environment)
        cached = store.get(key)
        if cached is not None:
            done[index] = _finish(task, *cached)
        else:
            todo.append((index, task, task.pending, key))

    notes: dict[int, list[str]] = {index: [] for index, *_ in todo}
    args: dict[int, list[tuple[bool, Any]]] = {index: [(True, a) for a in p.args] for index, _, p, _ in todo}
    generated = [(index, p) for index, _, p, _ in todo if p.source]
    results = scheduler.run_all(
        "test inputs", [call_payload(p.source, CASE_ENTRY, [[i] for i in range(p.count)], limits) for _, p in generated]
    )
    for (index, pending), result in zip(generated, results):
        args[index] = _values(result, pending.count, "the input generator", notes[index])

    runnable = {
        index: [list(a) for ran, a in args[index] if ran and isinstance(a, (list, tuple))] for index, *_ in todo
    }
    expected = scheduler.run_all(
        "test outputs", [call_payload(p.oracle, t.entry_point, runnable[i], limits) for i, t, p, _ in todo]
    )
    for (index, task, _, key), result in zip(todo, expected):
        inputs = runnable[index]
        outputs = _values(result, len(inputs), "the reference solution", notes[index])
        tests = [TestCase(a, out) for a, (ran, out) in zip(inputs, outputs) if ran]
        # a test whose expected output could not be computed is dropped, not guessed
        finished = _finish(task, tests, notes[index])
        if result.status == "ok":
            store.put(key, tests, notes[index])
        done[index] = finished
    return [done.get(i, t) for i, t in enumerate(tasks)]
