"""The task model shared by every suite (built-in and external)."""

from __future__ import annotations

import difflib
import hashlib
import json
import random
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from evalperf.errors import ConfigError
from evalperf.tasks.literals import args_field, encode_args
from evalperf.scoring.dps import default_tier_scores

CATEGORIES = (
    "arrays-sorting",
    "hashing-counting",
    "strings",
    "dynamic-programming",
    "graphs",
    "number-theory",
    "heaps-ordered",
    "intervals-sweep",
    "bit-tricks",
    "simulation",
    "implementation",
)
# curated tasks (evalperf curate) keep the category of the benchmark they come from
SOURCE_CATEGORIES = ("humaneval", "mbpp")
COMPARE_MODES = ("exact", "float")


def task_slug(task_id: str) -> str:
    """The folder name of a task in the built-in format: ``HumanEval/0`` -> ``humaneval_0``."""
    return re.sub(r"[^a-z0-9]+", "_", task_id.lower()).strip("_")


def continue_prompt(prompt: str, completion: str) -> str:
    """The program a completion makes: the prompt it continues, then the completion.

    HumanEval-style prompts end with a newline after the docstring, and a model continues on the
    next line. Some suites publish their prompts without it (ENAMEL strips every prompt), so a
    newline is put back when neither side has one: the completion's first line is never glued
    onto the closing quotes. With a newline on either side the text is joined as it is.
    """
    if prompt.endswith("\n") or completion.startswith("\n") or not prompt:
        return prompt + completion
    return prompt + "\n" + completion


@dataclass(frozen=True)
class TestCase:
    """One correctness test: positional arguments and the expected return value (JSON data)."""

    __test__ = False  # not a pytest test class

    args: list[Any]
    expected: Any


@dataclass(frozen=True)
class Level:
    """One stress level: the generator's (seed, scale) and its hardness weight for eff@k."""

    seed: int
    scale: int
    weight: float = 1.0


@dataclass(frozen=True)
class Tier:
    """One reference solution; tiers are ordered slowest to fastest."""

    name: str
    code: str
    complexity: str = ""
    score: float | None = None
    # an optional tier anchors scores only where it is measurably slower than the next one
    # (external suites: e.g. HumanEval's canonical solution below ENAMEL's expert one)
    optional: bool = False


@dataclass(frozen=True)
class PendingTests:
    """Correctness tests finished inside the sandbox before use (external suites).

    The arguments are literal (``args``) or produced by ``source``, a module defining
    ``case(i) -> list`` (the positional arguments of test i, i < ``count``); the expected
    outputs are what ``oracle`` (a reference solution) returns on them.
    """

    oracle: str
    args: tuple[Any, ...] = ()
    source: str = ""
    count: int = 0

    def to_json(self) -> dict[str, Any]:
        """Plain data (hashed with the task, cached with the suite)."""
        return {
            "oracle": self.oracle,
            "args": [encode_args(a) for a in self.args],
            "source": self.source,
            "count": self.count,
        }


@dataclass(frozen=True)
class Task:
    """An efficiency-demanding problem with its tests, stress generator and reference tiers."""

    task_id: str
    title: str
    category: str
    prompt: str
    entry_point: str
    tests: tuple[TestCase, ...]
    generator: str
    levels: tuple[Level, ...]
    tiers: tuple[Tier, ...]
    compare: str = "exact"
    suite: str = "builtin"
    # external suites: tests still to be finished in the sandbox, a checker run in the sandbox
    # (``def check(input, answer, output) -> bool``), and how eff@k limits a level (see scoring.eff)
    pending: PendingTests | None = None
    checker: str | None = None
    eff_limit: str = "max"
    # validation rules of the task itself (curated tasks: the split rule's ratio, the cluster count);
    # None: the suite's rules. They judge a task, they do not change a measurement: not hashed.
    min_tier_ratio: float | None = None
    min_tiers: int | None = None
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def tier_scores(self) -> list[float]:
        """Each tier's score: its population score if given, else 100 (k+1) / K."""
        defaults = default_tier_scores(len(self.tiers))
        return [t.score if t.score is not None else d for t, d in zip(self.tiers, defaults)]

    @property
    def completion_prompt(self) -> str:
        """The prompt a completion model is shown and continues: the task's prompt ending in a newline."""
        return continue_prompt(self.prompt, "")

    @property
    def float_digits(self) -> int | None:
        """Significant digits kept when hashing float outputs of stress runs (None: exact)."""
        return 6 if self.compare == "float" else None

    def content_hash(self) -> str:
        """sha256 of everything that defines the task's behaviour (not its title)."""
        body: dict[str, Any] = {
            "id": self.task_id,
            "prompt": self.prompt,
            "entry_point": self.entry_point,
            "tests": [[encode_args(t.args), t.expected] for t in self.tests],
            "generator": self.generator,
            "levels": [[lv.seed, lv.scale, lv.weight] for lv in self.levels],
            "tiers": [[t.name, t.code, t.score, *(["optional"] if t.optional else [])] for t in self.tiers],
            "compare": self.compare,
        }
        # only present when set, so the hashes (and reference caches) of built-in tasks stay as they were
        if self.pending is not None:
            body["pending"] = self.pending.to_json()
        if self.checker is not None:
            body["checker"] = self.checker
        if self.eff_limit != "max":
            body["eff_limit"] = self.eff_limit
        return hashlib.sha256(json.dumps(body, sort_keys=True).encode()).hexdigest()

    def to_json(self) -> dict[str, Any]:
        """Everything needed to build samples for the task (used by `tasks show --json`)."""
        return {
            "task_id": self.task_id,
            "suite": self.suite,
            "title": self.title,
            "category": self.category,
            "prompt": self.prompt,
            "entry_point": self.entry_point,
            "compare": self.compare,
            "tests": [{**args_field(t.args), "expected": t.expected} for t in self.tests],
            "levels": [{"seed": lv.seed, "scale": lv.scale, "weight": lv.weight} for lv in self.levels],
            "generator": self.generator,
            "tiers": [
                {"name": t.name, "complexity": t.complexity, "score": s, "code": t.code, "optional": t.optional}
                for t, s in zip(self.tiers, self.tier_scores())
            ],
            "pending": self.pending.to_json() if self.pending is not None else None,
            "checker": self.checker,
            "eff_limit": self.eff_limit,
            "curation": self.extra.get("curation"),
            "content_hash": self.content_hash(),
        }


@dataclass(frozen=True)
class Suite:
    """A named, ordered collection of tasks."""

    name: str
    tasks: tuple[Task, ...]
    # tasks written in the built-in format (the built-in suite, curated suites): an invalid task
    # is a defect of the suite (validate exits 1), not a fact about published data
    authored: bool = False

    def content_hash(self) -> str:
        """sha256 over the tasks' content hashes: recorded with every result."""
        digest = hashlib.sha256(self.name.encode())
        for task in self.tasks:
            digest.update(task.content_hash().encode())
        return digest.hexdigest()

    def get(self, task_id: str) -> Task | None:
        """The task with this id, or None."""
        for task in self.tasks:
            if task.task_id == task_id:
                return task
        return None

    def select(self, task_ids: Sequence[str]) -> Suite:
        """A sub-suite with only these tasks, in suite order; an unknown id raises ConfigError with suggestions."""
        known = {t.task_id for t in self.tasks}
        unknown = [t for t in task_ids if t not in known]
        if unknown:
            raise ConfigError(unknown_tasks_message(unknown, known))
        wanted = set(task_ids)
        return Suite(self.name, tuple(t for t in self.tasks if t.task_id in wanted), self.authored)

    def sample(self, count: int, seed: int) -> Suite:
        """A sub-suite of ``count`` tasks drawn at random with ``seed`` (all when ``count`` covers them), in suite order."""
        if count >= len(self.tasks):
            return self
        chosen = set(random.Random(seed).sample(range(len(self.tasks)), count))
        return Suite(self.name, tuple(t for i, t in enumerate(self.tasks) if i in chosen), self.authored)


def unknown_tasks_message(unknown: Sequence[str], known: Iterable[str]) -> str:
    """"unknown task id 'x' (did you mean 'y'?)" for each id, and where to see them all."""
    choices = sorted(known)
    parts = []
    for task_id in unknown:
        close = difflib.get_close_matches(task_id, choices, n=3, cutoff=0.6)
        hint = f" (did you mean {' or '.join(repr(c) for c in close)}?)" if close else ""
        parts.append(f"{task_id!r}{hint}")
    label = "unknown task id" if len(unknown) == 1 else "unknown task ids"
    return f"{label} {', '.join(parts)}; see `evalperf tasks list`"
