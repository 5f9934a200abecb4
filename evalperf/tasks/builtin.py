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
from evalperf.tasks.literals import read_args_field
from evalperf.tasks.model import (
    CATEGORIES,
    COMPARE_MODES,
    SOURCE_CATEGORIES,
    Level,
    Suite,
    Task,
    TestCase,
    Tier,
    task_slug,
)

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

_ID = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_/.+-]*$")
SUITE_FILE = "suite.toml"  # optional, beside the task folders: name = "..." (default "builtin")
CHECKER_FILE = "checker.py"  # optional: def check(input, answer, output) -> bool


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


def _optional_number(meta: dict[str, Any], key: str, kind: type, where: Path) -> Any:
    value = meta.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TaskError(f"{where}: '{key}' must be a number")
    return kind(value)


def load_task_dir(folder: Path, suite: str = "builtin") -> Task:
    """Load and check the shape of one task folder; raise TaskError naming the problem."""
    toml_path = folder / "task.toml"
    try:
        meta = tomllib.loads(_read(toml_path))
    except tomllib.TOMLDecodeError as exc:
        raise TaskError(f"{toml_path}: {exc}") from exc
    task_id = _need(meta, "id", str, toml_path)
    if not _ID.match(task_id) or task_slug(task_id) != folder.name:
        raise TaskError(
            f"{toml_path}: id {task_id!r} does not fit its folder: the folder must be named {task_slug(task_id)!r} "
            "(the id lower-cased, [a-z0-9_])"
        )
    category = _need(meta, "category", str, toml_path)
    curation = meta.get("curation")
    if curation is not None and not isinstance(curation, dict):
        raise TaskError(f"{toml_path}: [curation] must be a table")
    allowed = CATEGORIES + SOURCE_CATEGORIES if curation is not None else CATEGORIES
    if category not in allowed:
        raise TaskError(f"{toml_path}: unknown category {category!r}; choose one of {', '.join(allowed)}")
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
        if not isinstance(case, dict) or "expected" not in case:
            raise TaskError(f"{tests_path}: test {i} needs 'args' (a list) and 'expected'")
        tests.append(TestCase(read_args_field(case, f"{tests_path}: test {i}"), case["expected"]))
    levels = []
    for i, lv in enumerate(_need(meta, "levels", list, toml_path)):
        try:
            levels.append(Level(int(lv["seed"]), int(lv["scale"]), float(lv.get("weight", 1))))
        except (KeyError, TypeError, ValueError) as exc:
            raise TaskError(f"{toml_path}: level {i} needs integer 'seed' and 'scale'") from exc
    if not levels:
        raise TaskError(f"{toml_path}: at least one [[levels]] entry is needed")
    tiers = []
    cluster_sizes = []
    for i, tier in enumerate(_need(meta, "tiers", list, toml_path)):
        if not isinstance(tier, dict) or not isinstance(tier.get("file"), str):
            raise TaskError(f"{toml_path}: tier {i} needs a 'file'")
        score = tier.get("score")
        if score is not None and (isinstance(score, bool) or not isinstance(score, (int, float))):
            raise TaskError(f"{toml_path}: tier {i}: 'score' must be a number")
        if "cluster_size" in tier:
            cluster_sizes.append(tier["cluster_size"])
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
    checker_path = folder / CHECKER_FILE
    extra: dict[str, Any] = {}
    if curation is not None:
        extra["curation"] = curation
    if cluster_sizes:
        extra["cluster_sizes"] = cluster_sizes
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
        suite=suite,
        checker=_read(checker_path) if checker_path.is_file() else None,
        eff_limit=eff_limit,
        min_tier_ratio=_optional_number(meta, "min_tier_ratio", float, toml_path),
        min_tiers=_optional_number(meta, "min_tiers", int, toml_path),
        extra=extra,
    )


def suite_name(base: Path) -> str:
    """The name of the suite in folder ``base``: its suite.toml's ``name``, else "builtin"."""
    path = base / SUITE_FILE
    if not path.is_file():
        return "builtin"
    try:
        name = tomllib.loads(_read(path)).get("name", "builtin")
    except tomllib.TOMLDecodeError as exc:
        raise TaskError(f"{path}: {exc}") from exc
    if not isinstance(name, str) or not re.match(r"^[a-z0-9][a-z0-9_.-]*$", name):
        raise TaskError(f"{path}: 'name' must be a string of [a-z0-9_.-]")
    return name


def load_builtin_suite(root: Path | None = None) -> Suite:
    """All tasks under the built-in tasks folder (or any folder in its format), sorted by folder."""
    base = root if root is not None else resource_dir("tasks")
    if not base.is_dir():
        raise TaskError(f"{base} is not a folder of tasks in the built-in format")
    folders = sorted(p for p in base.iterdir() if (p / "task.toml").is_file())
    if not folders:
        raise TaskError(f"no tasks found under {base} (each task is a folder with a task.toml)")
    name = suite_name(base)
    return Suite(name, tuple(load_task_dir(p, name) for p in folders), authored=True)
