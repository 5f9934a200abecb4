"""COFFE function-level (JohnnyPeng18/Coffe, datasets/function): 398 HumanEval and MBPP problems.

Mapping onto the task model (see docs/decisions/external-suites.md):
- tests: COFFE's correctness test cases (arguments and the expected output, JSON data).
- levels: COFFE's stressful test cases, one level each (weight 1). They are Python
  expressions, so they are evaluated by the generator inside the sandbox.
- tiers: the original solution (HumanEval's canonical solution, or MBPP's code; optional,
  an anchor only where clearly slower) and COFFE's best ground-truth solution on top.
"""

from __future__ import annotations

import ast
import json
import warnings
from pathlib import Path
from typing import Any

from evalperf.errors import ConfigError, TaskError
from evalperf.tasks.external.cache import SuiteCache, source_digest
from evalperf.tasks.model import Level, Suite, Task, TestCase, Tier

CONVERTER_VERSION = b"coffe-1"
FILES = ("data.json", "testcases.json", "stressful_testcases.json", "best_solutions.json")
OFFLINE = (
    "COFFE is published as JSON files (github.com/JohnnyPeng18/Coffe, datasets/function): "
    "pass coffe:PATH with a local copy"
)

_GENERATOR = """import random
import string
import math

__evalperf_inputs = {inputs!r}


def generate(seed, scale):
    random.seed(seed)
    return list(eval(__evalperf_inputs[scale]))
"""


def _function_dir(path: Path) -> Path:
    for candidate in (path / "function", path):
        if (candidate / FILES[0]).is_file():
            return candidate
    raise ConfigError(f"suite coffe: no {FILES[0]} in {path} or {path / 'function'} (COFFE's datasets/function)")


def _has_float(value: Any) -> bool:
    if isinstance(value, float):
        return True
    if isinstance(value, list):
        return any(_has_float(v) for v in value)
    if isinstance(value, dict):
        return any(_has_float(v) for v in value.values())
    return False


def _same_code(a: str, b: str) -> bool:
    """Equal up to layout and comments (parsed, never run)."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # old escape sequences in published code
            return ast.dump(ast.parse(a)) == ast.dump(ast.parse(b))
    except SyntaxError:
        return a.strip() == b.strip()


def _mbpp_prompt(entry: dict[str, Any]) -> str:
    tests = entry.get("test_list") or []
    example = f"\n{tests[0]}" if tests else ""
    return f'"""\n{entry["prompt"]}{example}\n"""\n'


def _task(entry: dict[str, Any], cases: list[Any], stress: list[Any], best: str) -> Task:
    humaneval = entry["dataset"] == "openai_humaneval"
    task_id = str(entry["task_id"]) if humaneval else f"Mbpp/{entry['task_id']}"
    entry_point = str(entry["entry_point"])
    tests = []
    for case in cases:
        output = case["output"]
        tests.append(
            TestCase(list(case["input"]), output[0] if isinstance(output, list) and len(output) == 1 else output)
        )
    if not stress:
        raise TaskError(f"coffe {task_id}: no stressful test cases")
    top = f"{best.rstrip()}\n\n\n{entry_point} = solution\n"
    original = entry["prompt"] + entry["canonical_solution"] if humaneval else str(entry["code"])
    tiers = [Tier("coffe-best", top, "best ground truth")]
    if not _same_code(original, best.replace("def solution(", f"def {entry_point}(")):
        tiers.insert(0, Tier("original", original, "HumanEval canonical" if humaneval else "MBPP code", optional=True))
    return Task(
        task_id=task_id,
        title=f"{entry_point} (COFFE)",
        category="humaneval" if humaneval else "mbpp",
        prompt=entry["prompt"] if humaneval else _mbpp_prompt(entry),
        entry_point=entry_point,
        tests=tuple(tests),
        generator=_GENERATOR.format(inputs=[str(s["input"]) for s in stress]),
        levels=tuple(Level(0, i, 1.0) for i in range(len(stress))),
        tiers=tuple(tiers),
        compare="float" if any(_has_float(t.expected) for t in tests) else "exact",
        suite="coffe",
    )


def build_suite(data: list[Any], testcases: Any, stressful: Any, best: Any) -> Suite:
    """The COFFE function-level tasks; the side files are keyed by each problem's final prompt."""
    tasks = []
    for entry in data:
        key = entry.get("final_prompt")
        try:
            tasks.append(_task(entry, testcases[key], stressful[key], str(best[key][0])))
        except (KeyError, IndexError, TypeError) as exc:
            raise TaskError(f"coffe {entry.get('task_id')}: incomplete data ({type(exc).__name__}: {exc})") from exc
    return Suite("coffe", tuple(tasks))


def load_coffe(path: Path | None) -> Suite:
    """COFFE function-level from a local copy: the coffe folder or its function/ folder."""
    if path is None:
        raise ConfigError(f"suite coffe needs a PATH: {OFFLINE}")
    folder = _function_dir(path)
    blobs = []
    for name in FILES:
        try:
            blobs.append((folder / name).read_bytes())
        except OSError as exc:
            raise ConfigError(f"suite coffe: cannot read {folder / name}: {exc.strerror}") from exc

    def build() -> Suite:
        try:
            parsed = [json.loads(b) for b in blobs]
        except ValueError as exc:
            raise TaskError(f"suite coffe: a file in {folder} is not valid JSON: {exc}") from exc
        return build_suite(*parsed)

    return SuiteCache().load("coffe", source_digest(CONVERTER_VERSION, *blobs), build)
