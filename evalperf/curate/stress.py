"""The stress level a task is curated on: the suite's hardest level, or a generator file of the team's.

Curation profiles every pool solution on one input, as EvalPerf does (its ``pe_input``). A suite
with stress generators (ENAMEL, the built-in format) gives its hardest level: the last one, where
suites put their largest inputs. Suites without one (MBPP+: its tests only) take a generator file
from ``--generators DIR``: ``DIR/<task slug>.py`` defining ``generate(seed, scale)`` and the int
literals ``SCALE`` (and optionally ``SEED``, default 0). The file is read, never imported here:
its code runs in the sandbox like any generator.

A suite's hardest level can be too hard for the slow solutions a pool holds (ENAMEL's largest
HumanEval/0 input takes an O(n^2) solution minutes under valgrind, and a pool program cut by
the slowdown cap joins no tier), so a stress plan (``--stress FILE.toml``) may choose, per task,
another of the suite's levels and its scale:

    ["HumanEval/0"]
    level = 2        # 1-based among the suite's stress levels (default: the last)
    scale = 2000     # the generator's scale (default: the level's)
    seed = 7         # (default: the level's)
"""

from __future__ import annotations

import ast
import dataclasses
import hashlib
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from evalperf.errors import TaskError
from evalperf.tasks.model import Level, Task, task_slug

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

GENERATOR_FUNCTION = "generate"
PLAN_KEYS = ("level", "scale", "seed")


@dataclass(frozen=True)
class StressSource:
    """Where a curated task's stress input comes from (recorded in the task)."""

    generator: str  # the generator module's source
    level: Level
    origin: str  # "suite <name>, level K of N" or the generator file's name
    sha256: str

    def record(self) -> dict[str, object]:
        """Plain data for the task's [curation] table."""
        return {"origin": self.origin, "sha256": self.sha256, "seed": self.level.seed, "scale": self.level.scale}


def _literal_int(tree: ast.Module, name: str, path: Path, default: int | None) -> int:
    for node in tree.body:
        if isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(isinstance(t, ast.Name) and t.id == name for t in targets):
                value = node.value
                if isinstance(value, ast.Constant) and type(value.value) is int:
                    return value.value
                raise TaskError(f"{path}: {name} must be an int literal")
    if default is None:
        raise TaskError(f"{path}: {name} = <int> is missing (the stress level's {name.lower()})")
    return default


def read_generator_file(path: Path) -> tuple[str, Level]:
    """The source of a team-written generator and the level it declares (TaskError naming the problem)."""
    try:
        source = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise TaskError(f"cannot read generator {path}: {exc.strerror}") from exc
    try:
        tree = ast.parse(source, filename=str(path))
    except SyntaxError as exc:
        raise TaskError(f"{path}:{exc.lineno}: not valid Python: {exc.msg}") from exc
    if not any(isinstance(n, ast.FunctionDef) and n.name == GENERATOR_FUNCTION for n in tree.body):
        raise TaskError(f"{path}: defines no {GENERATOR_FUNCTION}(seed, scale)")
    scale = _literal_int(tree, "SCALE", path, None)
    seed = _literal_int(tree, "SEED", path, 0)
    if scale < 0:
        raise TaskError(f"{path}: SCALE must be >= 0")
    return source, Level(seed, scale, 1.0)


def read_stress_plan(path: Path) -> dict[str, dict[str, int]]:
    """The per-task choices of a stress plan file (TaskError naming the problem)."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise TaskError(f"cannot read the stress plan {path}: {exc.strerror}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise TaskError(f"{path}: {exc}") from exc
    plan: dict[str, dict[str, int]] = {}
    for task_id, entry in data.items():
        if not isinstance(entry, dict):
            raise TaskError(f'{path}: ["{task_id}"] must be a table of {", ".join(PLAN_KEYS)}')
        unknown = sorted(set(entry) - set(PLAN_KEYS))
        if unknown:
            raise TaskError(f'{path}: ["{task_id}"]: unknown key(s) {", ".join(unknown)}; use {", ".join(PLAN_KEYS)}')
        for key, value in entry.items():
            if type(value) is not int or value < (1 if key == "level" else 0):
                raise TaskError(f'{path}: ["{task_id}"].{key} must be a non-negative int (level: from 1)')
        plan[task_id] = dict(entry)
    return plan


def stress_source(task: Task, generators: Path | None, plan: dict[str, Any] | None = None) -> StressSource:
    """The generator and level ``task`` is curated on.

    A generator file in ``generators`` wins over the suite's; else the suite's level chosen by
    the ``plan`` entry (level, scale, seed), by default its hardest (last) level as it is.
    """
    if generators is not None:
        path = generators / f"{task_slug(task.task_id)}.py"
        if path.is_file():
            source, level = read_generator_file(path)
            return StressSource(source, level, path.name, hashlib.sha256(source.encode()).hexdigest())
    if not task.levels:
        raise TaskError(f"{task.task_id}: the suite gives no stress level")
    choice = plan or {}
    number = int(choice.get("level", len(task.levels)))
    if not 1 <= number <= len(task.levels):
        raise TaskError(f"{task.task_id}: stress plan level {number}, the suite has levels 1 to {len(task.levels)}")
    base = task.levels[number - 1]
    level = Level(int(choice.get("seed", base.seed)), int(choice.get("scale", base.scale)), 1.0)
    origin = f"suite {task.suite}, level {number} of {len(task.levels)}"
    if level.scale != base.scale or level.seed != base.seed:
        origin += f" (seed {level.seed}, scale {level.scale} by the stress plan)"
    return StressSource(task.generator, level, origin, hashlib.sha256(task.generator.encode()).hexdigest())


def probe_task(task: Task, source: StressSource) -> Task:
    """``task`` on the one stress level it is curated on, with its required tiers as the output check.

    Optional tiers (HumanEval's canonical solution in ENAMEL) are left out: they only anchor
    scores where clearly slower, and a naive one can take minutes on a large input.
    """
    required = tuple(t for t in task.tiers if not t.optional) or task.tiers
    return dataclasses.replace(task, generator=source.generator, levels=(source.level,), tiers=required)
