"""Loader of the built-in suite: one folder per task under tasks/ (see tasks/README.md)."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

from evalperf.errors import TaskError
from evalperf.paths import resource_dir
from evalperf.scoring.eff import EFF_LIMITS
from evalperf.tasks.model import CATEGORIES, COMPARE_MODES, Level, Suite, Task, TestCase, Tier

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

_ID = re.compile(r"^[a-z0-9_]+$")


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise TaskError(f"{path}: cannot read: {exc.strerror}") from exc


def _need(meta: dict[str, Any], key: str, kind: type, where: Path) -> Any:
    value = meta.get(key)
    if not isinstance(value, kind):
        raise TaskError(f"{where}: '{key}' must be a {kind.__name__}")
    return value


def load_task_dir(folder: Path) -> Task:
    """Load and check the shape of one task folder; raise TaskError naming the problem."""
    toml_path = folder / "task.toml"
    try:
        meta = tomllib.loads(_read(toml_path))
    except tomllib.TOMLDecodeError as exc:
        raise TaskError(f"{toml_path}: {exc}") from exc
    task_id = _need(meta, "id", str, toml_path)
    if task_id != folder.name or not _ID.match(task_id):
        raise TaskError(f"{toml_path}: id {task_id!r} must equal the folder name and use [a-z0-9_]")
    category = _need(meta, "category", str, toml_path)
    if category not in CATEGORIES:
        raise TaskError(f"{toml_path}: unknown category {category!r}; choose one of {', '.join(CATEGORIES)}")
    compare = meta.get("compare", "exact")
    if compare not in COMPARE_MODES:
        raise TaskError(f"{toml_path}: compare must be one of {', '.join(COMPARE_MODES)}")
    tests_path = folder / "tests.json"
    try:
        raw_tests = json.loads(_read(tests_path))
    except json.JSONDecodeError as exc:
        raise TaskError(f"{tests_path}: not valid JSON: {exc}") from exc
    if not isinstance(raw_tests, list) or not raw_tests:
        raise TaskError(f"{tests_path}: must be a non-empty list of tests")
    tests = []
    for i, case in enumerate(raw_tests):
        if not isinstance(case, dict) or not isinstance(case.get("args"), list) or "expected" not in case:
            raise TaskError(f"{tests_path}: test {i} needs 'args' (a list) and 'expected'")
        tests.append(TestCase(case["args"], case["expected"]))
    levels = []
    for i, lv in enumerate(_need(meta, "levels", list, toml_path)):
        try:
            levels.append(Level(int(lv["seed"]), int(lv["scale"]), float(lv.get("weight", 1))))
        except (KeyError, TypeError, ValueError) as exc:
            raise TaskError(f"{toml_path}: level {i} needs integer 'seed' and 'scale'") from exc
    if not levels:
        raise TaskError(f"{toml_path}: at least one [[levels]] entry is needed")
    tiers = []
    for i, tier in enumerate(_need(meta, "tiers", list, toml_path)):
        if not isinstance(tier, dict) or not isinstance(tier.get("file"), str):
            raise TaskError(f"{toml_path}: tier {i} needs a 'file'")
        score = tier.get("score")
        tiers.append(
            Tier(
                name=str(tier.get("name", f"tier{i}")),
                code=_read(folder / tier["file"]),
                complexity=str(tier.get("complexity", "")),
                score=float(score) if score is not None else None,
            )
        )
    if len(tiers) < 1:
        raise TaskError(f"{toml_path}: at least one [[tiers]] entry is needed")
    eff_limit = meta.get("eff_limit", "max")
    if eff_limit not in EFF_LIMITS:
        raise TaskError(f"{toml_path}: eff_limit must be one of {', '.join(EFF_LIMITS)}, got {eff_limit!r}")
    return Task(
        task_id=task_id,
        title=str(meta.get("title", task_id)),
        category=category,
        prompt=_read(folder / "prompt.py"),
        entry_point=_need(meta, "entry_point", str, toml_path),
        tests=tuple(tests),
        generator=_read(folder / "generator.py"),
        levels=tuple(levels),
        tiers=tuple(tiers),
        compare=compare,
        suite="builtin",
        eff_limit=eff_limit,
    )


def load_builtin_suite(root: Path | None = None) -> Suite:
    """All tasks under the built-in tasks folder, sorted by id."""
    base = root if root is not None else resource_dir("tasks")
    folders = sorted(p for p in base.iterdir() if (p / "task.toml").is_file())
    if not folders:
        raise TaskError(f"no tasks found under {base}")
    return Suite("builtin", tuple(load_task_dir(p) for p in folders))
