"""Loaded external suites cached on disk with their content hash.

A converted suite is stored as JSON under the evalperf cache folder, named by the suite
and the digest of its source data. Reading it back checks the suite's content hash, so a
damaged or stale file is rebuilt rather than trusted. The copy of a suite last read from
the hub also serves when the hub is unreachable.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from evalperf.errors import OutputError, TaskError
from evalperf.paths import cache_dir
from evalperf.store.outputs import write_atomic
from evalperf.tasks.literals import decode_args, encode_args
from evalperf.tasks.model import Level, PendingTests, Suite, Task, TestCase, Tier

SUITE_CACHE_FORMAT = 1


def source_digest(*parts: bytes) -> str:
    """sha256 over the source data (and the converter's version, passed as one of the parts)."""
    digest = hashlib.sha256()
    for part in parts:
        digest.update(hashlib.sha256(part).digest())
    return digest.hexdigest()


def task_to_data(task: Task) -> dict[str, Any]:
    """Every field of a task as plain data (scores left as given)."""
    return {
        "task_id": task.task_id,
        "title": task.title,
        "category": task.category,
        "prompt": task.prompt,
        "entry_point": task.entry_point,
        "tests": [[encode_args(t.args), t.expected] for t in task.tests],
        "generator": task.generator,
        "levels": [[lv.seed, lv.scale, lv.weight] for lv in task.levels],
        "tiers": [[t.name, t.code, t.complexity, t.score, t.optional] for t in task.tiers],
        "compare": task.compare,
        "suite": task.suite,
        "pending": task.pending.to_json() if task.pending is not None else None,
        "checker": task.checker,
        "eff_limit": task.eff_limit,
    }


def task_from_data(data: dict[str, Any]) -> Task:
    """The inverse of task_to_data (KeyError / TypeError / ValueError on malformed data)."""
    pending = data["pending"]
    return Task(
        task_id=str(data["task_id"]),
        title=str(data["title"]),
        category=str(data["category"]),
        prompt=str(data["prompt"]),
        entry_point=str(data["entry_point"]),
        tests=tuple(TestCase(decode_args(args, 'a cached test'), expected) for args, expected in data["tests"]),
        generator=str(data["generator"]),
        levels=tuple(Level(int(s), int(c), float(w)) for s, c, w in data["levels"]),
        tiers=tuple(Tier(str(n), str(code), str(cx), sc, bool(opt)) for n, code, cx, sc, opt in data["tiers"]),
        compare=str(data["compare"]),
        suite=str(data["suite"]),
        pending=None
        if pending is None
        else PendingTests(
            oracle=str(pending["oracle"]),
            args=tuple(decode_args(a, 'a cached test') for a in pending["args"]),
            source=str(pending["source"]),
            count=int(pending["count"]),
        ),
        checker=data["checker"],
        eff_limit=str(data["eff_limit"]),
    )


class SuiteCache:
    """Converted suites in ``root`` (default: <evalperf cache>/suites)."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = root if root is not None else cache_dir() / "suites"

    def _path(self, name: str, digest: str) -> Path:
        return self.root / f"{name}-{digest[:24]}.json"

    def read(self, name: str, digest: str) -> Suite | None:
        """The cached suite, or None when absent, unreadable or not matching its content hash."""
        try:
            data = json.loads(self._path(name, digest).read_text(encoding="utf-8"))
            if data["format"] != SUITE_CACHE_FORMAT:
                return None
            suite = Suite(str(data["name"]), tuple(task_from_data(t) for t in data["tasks"]))
        except (OSError, ValueError, KeyError, TypeError, TaskError):
            return None
        return suite if suite.content_hash() == data.get("suite_hash") else None

    def write(self, suite: Suite, digest: str) -> None:
        """Store ``suite`` atomically; a cache that cannot be written is skipped, not an error."""
        body = {
            "format": SUITE_CACHE_FORMAT,
            "name": suite.name,
            "source_digest": digest,
            "suite_hash": suite.content_hash(),
            "tasks": [task_to_data(t) for t in suite.tasks],
        }
        try:
            write_atomic(self._path(suite.name, digest), json.dumps(body), "the suite cache")
        except OutputError:
            pass

    def load(self, name: str, digest: str, build: Callable[[], Suite]) -> Suite:
        """The cached suite for this source digest, else ``build()`` it and cache it."""
        cached = self.read(name, digest)
        if cached is not None:
            return cached
        suite = build()
        self.write(suite, digest)
        return suite
