"""Writing a curated task as a folder in the built-in format (tasks/README.md).

The folder holds what any built-in task holds (prompt, finished tests, the stress generator and
its one level, the tiers' code in refs/) plus what curation decided: each tier's score (EvalPerf's
cumulative share), its cluster's size and its reference's cost, the task's own validation rules
(the split rule's smallest adjacent ratio, the cluster count asked for) and a [curation] table
with the provenance (pool files, generator, parameters, meter and environment).
The folder is written beside its final place and renamed over it, so a reader never sees half a task.
"""

from __future__ import annotations

import json
import math
import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import tomli_w

from evalperf.curate.cluster import Cluster
from evalperf.errors import OutputError
from evalperf.evaluate.profile import Profile
from evalperf.tasks.builtin import CHECKER_FILE, SUITE_FILE
from evalperf.tasks.literals import args_field
from evalperf.tasks.model import Task, task_slug


@dataclass(frozen=True)
class CuratedTier:
    """One tier of a curated task: its cluster and the code of the cluster's slowest member."""

    code: str
    cluster: Cluster
    cost: float  # the reference's (slowest member's) cost
    fastest: float  # the cluster's fastest member's cost
    profile: Profile | None = None  # the reference's measurement on the curation level


def min_tier_ratio(split_b: float) -> float:
    """The smallest ratio the split rule leaves between adjacent tiers' references: 1 / (1 - b).

    References are each cluster's slowest member, and a split needs the next cost below
    (1 - b) times the last one of the cluster, so adjacent references are more than 1 / (1 - b)
    apart. Rounded down (6 decimals) so a ratio just above it is never refused by rounding.
    """
    if split_b >= 1.0:
        return math.inf
    return math.floor(1e6 / (1.0 - split_b)) / 1e6


def toml_data(value: Any) -> Any:
    """``value`` as TOML can hold it: TOML has no null, so keys whose value is None are left out."""
    if isinstance(value, dict):
        return {str(k): toml_data(v) for k, v in value.items() if v is not None}
    if isinstance(value, (list, tuple)):
        return [toml_data(v) for v in value if v is not None]
    return value


def tier_tables(tiers: Sequence[CuratedTier]) -> list[dict[str, Any]]:
    """The [[tiers]] entries of task.toml, slowest first."""
    tables = []
    for k, tier in enumerate(tiers):
        size = len(tier.cluster.members)
        spread = f"costs {tier.fastest:,.0f} to {tier.cost:,.0f}" if size > 1 else f"cost {tier.cost:,.0f}"
        tables.append(
            {
                "name": f"cluster-{k}",
                "complexity": f"cluster {k + 1} of {len(tiers)}: {size} pool solution(s), {spread}",
                "file": f"refs/{k}_cluster.py",
                "score": round(tier.cluster.score, 6),
                "cluster_size": size,
                "cost": tier.cost,
            }
        )
    return tables


def task_toml(
    task: Task, tiers: Sequence[CuratedTier], split_b: float, min_clusters: int, curation: dict[str, Any]
) -> str:
    """The text of a curated task's task.toml."""
    top: dict[str, Any] = {
        "id": task.task_id,
        "title": task.title,
        "category": task.category,
        "entry_point": task.entry_point,
        "compare": task.compare,
        "eff_limit": task.eff_limit,
        "min_tier_ratio": min_tier_ratio(split_b),
        "min_tiers": min_clusters,
    }
    parts = [tomli_w.dumps(top)]
    for level in task.levels:
        parts.append("[[levels]]\n" + tomli_w.dumps({"scale": level.scale, "seed": level.seed, "weight": level.weight}))
    for table in tier_tables(tiers):
        parts.append("[[tiers]]\n" + tomli_w.dumps(table))
    parts.append(tomli_w.dumps({"curation": toml_data(curation)}))
    return "\n".join(parts)


def write_task_folder(
    root: Path,
    task: Task,
    tiers: Sequence[CuratedTier],
    split_b: float,
    min_clusters: int,
    curation: dict[str, Any],
) -> tuple[Path, bool]:
    """Write ``task`` (its tests finished, on its one curation level) with ``tiers`` under ``root``.

    Returns the folder and whether it changed: a folder already holding exactly these files
    (a resumed or repeated curation) is left as it is.
    """
    folder = root / task_slug(task.task_id)
    staging = root / f".{folder.name}.writing"
    try:
        if staging.exists():
            shutil.rmtree(staging)
        (staging / "refs").mkdir(parents=True)
        (staging / "task.toml").write_text(task_toml(task, tiers, split_b, min_clusters, curation), encoding="utf-8")
        (staging / "prompt.py").write_text(task.prompt, encoding="utf-8")
        tests = [{**args_field(t.args), "expected": t.expected} for t in task.tests]
        (staging / "tests.json").write_text(json.dumps(tests, indent=0) + "\n", encoding="utf-8")
        (staging / "generator.py").write_text(task.generator, encoding="utf-8")
        if task.checker is not None:
            (staging / CHECKER_FILE).write_text(task.checker, encoding="utf-8")
        for k, tier in enumerate(tiers):
            (staging / "refs" / f"{k}_cluster.py").write_text(tier.code, encoding="utf-8")
        if _same_files(staging, folder):
            shutil.rmtree(staging)
            return folder, False
        if folder.exists():
            shutil.rmtree(folder)
        staging.rename(folder)
    except OSError as exc:
        raise OutputError(f"cannot write the curated task {folder}: {exc.strerror or exc}") from exc
    return folder, True


def _same_files(one: Path, other: Path) -> bool:
    """The two folders hold the same files with the same bytes."""
    if not other.is_dir():
        return False
    names = sorted(p.relative_to(one) for p in one.rglob("*") if p.is_file())
    if names != sorted(p.relative_to(other) for p in other.rglob("*") if p.is_file()):
        return False
    return all((one / n).read_bytes() == (other / n).read_bytes() for n in names)


def write_suite_file(root: Path, name: str) -> None:
    """Name the folder's suite (suite.toml), so `--suite builtin:ROOT` loads it under ``name``."""
    try:
        root.mkdir(parents=True, exist_ok=True)
        (root / SUITE_FILE).write_text(tomli_w.dumps({"name": name}), encoding="utf-8")
    except OSError as exc:
        raise OutputError(f"cannot write {root / SUITE_FILE}: {exc.strerror or exc}") from exc


def remove_task_folder(root: Path, task_id: str) -> bool:
    """Remove a task folder an earlier curation wrote (the task is dropped now); True if there was one."""
    folder = root / task_slug(task_id)
    if not (folder / "task.toml").is_file():
        return False
    try:
        shutil.rmtree(folder)
    except OSError as exc:
        raise OutputError(f"cannot remove the dropped task's folder {folder}: {exc.strerror or exc}") from exc
    return True
