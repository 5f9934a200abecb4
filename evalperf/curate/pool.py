"""A curation pool: real solutions of each task, read from JSONL files, distinct programs only,
and a seeded subset when there are more than ``max_pool`` (DESIGN.md, Curation; issue 14).

Pools are large (the EvalPerf leaderboard's holds about 470 distinct programs a task): identical
programs (normalised AST: layout and comments do not matter) are kept once, the first seen, and
``max_pool`` of them are drawn with a seeded generator, so the same files and settings always
give the same pool. What was read and what was kept is recorded for the task's provenance.
"""

from __future__ import annotations

import hashlib
import json
import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from evalperf.errors import SamplesError
from evalperf.evaluate.dedupe import normalized_digest

DEFAULT_MAX_POOL = 100
DEFAULT_SEED = 0


@dataclass(frozen=True)
class PoolSolution:
    """One distinct program of the pool, and where it was first seen."""

    task_id: str
    solution: str
    source: str  # the pool file's name
    line: int


@dataclass
class TaskPool:
    """One task's pool: the programs kept, and the counts behind them (provenance)."""

    task_id: str
    solutions: list[PoolSolution] = field(default_factory=list)
    lines: int = 0  # solutions read for this task, duplicates included
    distinct: int = 0  # distinct programs among them

    def provenance(self) -> dict[str, Any]:
        """Plain data recorded in a curated task."""
        return {"lines": self.lines, "distinct": self.distinct, "kept": len(self.solutions)}


@dataclass
class Pool:
    """Every task's pool, and the files it came from."""

    tasks: dict[str, TaskPool]
    files: list[dict[str, Any]]  # name, sha256, lines
    max_pool: int | None
    seed: int


def pool_files(paths: Sequence[Path]) -> tuple[Path, ...]:
    """The pool files ``paths`` name: a file as it is, a folder as its *.jsonl files (sorted)."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            inside = sorted(path.glob("*.jsonl"))
            if not inside:
                raise SamplesError(f"pool folder {path} holds no *.jsonl file")
            found.extend(inside)
        else:
            found.append(path)
    return tuple(found)


def _file_record(path: Path, data: bytes, lines: int) -> dict[str, Any]:
    return {"name": path.name, "sha256": hashlib.sha256(data).hexdigest(), "lines": lines}


def read_pool(
    paths: Sequence[Path],
    task_ids: Sequence[str] | None = None,
    max_pool: int | None = DEFAULT_MAX_POOL,
    seed: int = DEFAULT_SEED,
) -> Pool:
    """Read ``paths`` (lines ``{"task_id", "solution"}``) for ``task_ids`` (every task when None).

    A file that cannot be read or a line that is not such an object raises SamplesError naming
    the file and line: a pool is data the user chose, and a silently shorter pool would change
    the tiers. Empty solutions are skipped (they are not programs).
    """
    if max_pool is not None and max_pool < 1:
        raise SamplesError(f"--max-pool must be at least 1, got {max_pool}")
    wanted = set(task_ids) if task_ids is not None else None
    pools: dict[str, TaskPool] = {}
    seen: dict[str, set[str]] = {}
    files = []
    for path in paths:
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise SamplesError(f"cannot read pool file {path}: {exc.strerror}") from exc
        text = data.decode("utf-8", "replace").splitlines()
        for number, raw in enumerate(text, start=1):
            if not raw.strip():
                continue
            try:
                record = json.loads(raw)
            except json.JSONDecodeError as exc:
                raise SamplesError(f"{path}:{number}: not a JSON line ({exc.msg})") from exc
            if not isinstance(record, dict) or not isinstance(record.get("task_id"), str):
                raise SamplesError(f'{path}:{number}: expected {{"task_id": ..., "solution": ...}}')
            solution = record.get("solution")
            if not isinstance(solution, str):
                raise SamplesError(f"{path}:{number}: the solution is not a string")
            task_id = record["task_id"]
            if (wanted is not None and task_id not in wanted) or not solution.strip():
                continue
            pool = pools.setdefault(task_id, TaskPool(task_id))
            pool.lines += 1
            digest = normalized_digest(solution)
            if digest in seen.setdefault(task_id, set()):
                continue
            seen[task_id].add(digest)
            pool.distinct += 1
            pool.solutions.append(PoolSolution(task_id, solution, path.name, number))
        files.append(_file_record(path, data, len(text)))
    for task_id, pool in pools.items():
        if max_pool is not None and len(pool.solutions) > max_pool:
            # one generator per task, seeded by the seed and the task: a task's subset does not
            # depend on which other tasks were asked for
            rng = random.Random(f"{seed}:{task_id}")
            chosen = sorted(rng.sample(range(len(pool.solutions)), max_pool))
            pool.solutions = [pool.solutions[i] for i in chosen]
    return Pool(pools, files, max_pool, seed)
