"""HumanEval+ / MBPP+ (EvalPlus): correctness tests for other suites, and the `mbppplus` suite.

EvalPlus publishes test inputs (``base_input`` + ``plus_input``) without expected outputs:
those are what the canonical solution returns, computed in the sandbox (PendingTests).
MBPP+ has no performance inputs; the `mbppplus` suite uses each problem's largest input
(by JSON size) as its one stress level and the canonical solution as its one tier, so
`tasks validate` says which problems stress the code enough to be scored at all.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from evalperf.errors import ConfigError, TaskError
from evalperf.tasks.external.cache import SuiteCache, source_digest
from evalperf.tasks.external.hub import hub_rows
from evalperf.tasks.external.mbpp_oracles import checker_for
from evalperf.tasks.external.mbpp_types import typed_inputs
from evalperf.tasks.literals import encode_args
from evalperf.tasks.model import Level, PendingTests, Suite, Task, Tier

CONVERTER_VERSION = b"mbppplus-3"  # 3: EvalPlus' input types and set-equal oracle
HUMANEVAL_PLUS = ("HumanEvalPlus.jsonl", "evalplus/humanevalplus")
MBPP_PLUS = ("MbppPlus.jsonl", "evalplus/mbppplus")
HUB_SPLIT = "test"
OFFLINE = "pass mbppplus:PATH with a local copy of EvalPlus' MbppPlus.jsonl (or its folder)"

LITERAL_GENERATOR = """import json

__evalperf_args = {text!r}


def generate(seed, scale):
    return json.loads(__evalperf_args)
"""


PYTHON_LITERAL_GENERATOR = """import ast

__evalperf_args = {text!r}


def generate(seed, scale):
    return ast.literal_eval(__evalperf_args)
"""


def literal_generator(args: list[Any]) -> str:
    """A generator module returning a fresh copy of ``args`` on every call (JSON, else a Python literal)."""
    encoded = encode_args(args)
    if isinstance(encoded, str):
        return PYTHON_LITERAL_GENERATOR.format(text=encoded)
    return LITERAL_GENERATOR.format(text=json.dumps(args))


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """The records of a JSON-lines file (TaskError naming the bad line)."""
    rows = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ConfigError(f"cannot read {path}: {exc.strerror}") from exc
    for number, line in enumerate(lines, 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except ValueError as exc:
                raise TaskError(f"{path}:{number}: not valid JSON: {exc}") from exc
    return rows


def oracle_code(row: dict[str, Any]) -> str:
    """The canonical solution as a complete module (HumanEval+ ships a body after the prompt)."""
    code = str(row["canonical_solution"])
    if re.search(rf"^\s*def\s+{re.escape(str(row['entry_point']))}\s*\(", code, re.MULTILINE):
        return code
    return str(row["prompt"]) + code


def test_inputs(row: dict[str, Any]) -> list[list[Any]]:
    """Every argument list of a HumanEval+ / MBPP+ record: base inputs, then plus inputs."""
    inputs = [list(a) for a in (*(row.get("base_input") or []), *(row.get("plus_input") or [])) if isinstance(a, list)]
    task_id = str(row.get("task_id", ""))
    return typed_inputs(task_id, inputs) if task_id.startswith("Mbpp/") else inputs


def pending_tests(row: dict[str, Any]) -> PendingTests:
    """The record's tests, expected outputs to be computed by its canonical solution in the sandbox."""
    return PendingTests(oracle=oracle_code(row), args=tuple(test_inputs(row)))


def tolerant(row: dict[str, Any]) -> bool:
    """True when the record compares outputs with a tolerance (EvalPlus' ``atol``)."""
    return bool(row.get("atol"))


def _mbpp_task(row: dict[str, Any]) -> Task:
    inputs = test_inputs(row)
    if not inputs:
        raise TaskError(f"mbppplus {row.get('task_id')}: no test inputs")
    largest = max(inputs, key=lambda a: len(json.dumps(a, default=repr)))
    return Task(
        task_id=str(row["task_id"]),
        title=f"{row['entry_point']} (MBPP+)",
        category="mbpp",
        prompt=str(row["prompt"]),
        entry_point=str(row["entry_point"]),
        tests=(),
        generator=literal_generator(largest),
        levels=(Level(0, 0, 1.0),),
        tiers=(Tier("canonical", oracle_code(row), "MBPP+ canonical"),),
        compare="float" if tolerant(row) else "exact",
        suite="mbppplus",
        pending=pending_tests(row),
        checker=checker_for(str(row["entry_point"])),
    )


def rows_from(path: Path | None, source: tuple[str, str], suite: str, offline: str) -> list[dict[str, Any]]:
    """Records of an EvalPlus data set: from PATH (the file or its folder), else from the hub."""
    if path is None:
        return hub_rows(source[1], HUB_SPLIT, suite, offline)
    file = path if path.is_file() else path / source[0]
    if not file.is_file():
        raise ConfigError(f"suite {suite}: {file} not found (EvalPlus' {source[0]})")
    return read_jsonl(file)


def load_mbppplus(path: Path | None) -> Suite:
    """MBPP+ from a local MbppPlus.jsonl (or its folder), else from the hub."""
    if path is not None:
        file = path if path.is_file() else path / MBPP_PLUS[0]
        if not file.is_file():
            raise ConfigError(f"suite mbppplus: {file} not found (EvalPlus' {MBPP_PLUS[0]})")
        blob = file.read_bytes()
        return SuiteCache().load(
            "mbppplus",
            source_digest(CONVERTER_VERSION, blob),
            lambda: Suite("mbppplus", tuple(_mbpp_task(r) for r in read_jsonl(file))),
        )
    rows = rows_from(None, MBPP_PLUS, "mbppplus", OFFLINE)
    return Suite("mbppplus", tuple(_mbpp_task(r) for r in rows))
