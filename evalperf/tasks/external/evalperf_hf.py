"""EvalPerf (Hugging Face ``evalplus/evalperf``, split test): performance-exercising tasks.

Each record has task_id, prompt, entry_point, ``reference`` (solutions slow to fast),
``scores`` (their cumulative population %, the DPS tier scores) and ``pe_input`` (a JSON
string: the positional arguments of one performance-exercising call, the stress level).
Correctness tests come from HumanEval+ / MBPP+ by task id, with EvalPlus' expected
outputs computed by the canonical solution in the sandbox.

Local copy: ``evalperf:PATH``, PATH a folder holding ``evalperf.jsonl`` (the records) and
``HumanEvalPlus.jsonl`` / ``MbppPlus.jsonl`` as needed, or the records file itself with
those files next to it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from evalperf.errors import ConfigError, TaskError
from evalperf.tasks.external.evalplus import (
    HUMANEVAL_PLUS,
    MBPP_PLUS,
    literal_generator,
    pending_tests,
    read_jsonl,
    rows_from,
    tolerant,
)
from evalperf.tasks.external.hub import hub_rows
from evalperf.tasks.model import Level, Suite, Task, Tier

HUB_DATASET = "evalplus/evalperf"
HUB_SPLIT = "test"
RECORDS_FILE = "evalperf.jsonl"
OFFLINE = (
    f"pass evalperf:PATH, a folder with {RECORDS_FILE} (the data set's records as JSON lines) "
    f"and {HUMANEVAL_PLUS[0]} / {MBPP_PLUS[0]}"
)


def _task(record: dict[str, Any], plus: dict[str, Any]) -> Task:
    task_id = str(record["task_id"])
    references = [str(r) for r in record["reference"]]
    scores = [float(s) for s in record["scores"]]
    if not references or len(scores) != len(references):
        raise TaskError(f"evalperf {task_id}: {len(references)} references but {len(scores)} scores")
    try:
        args = json.loads(record["pe_input"]) if isinstance(record["pe_input"], str) else record["pe_input"]
    except ValueError as exc:
        raise TaskError(f"evalperf {task_id}: pe_input is not valid JSON: {exc}") from exc
    if not isinstance(args, list):
        raise TaskError(f"evalperf {task_id}: pe_input must be a JSON list of arguments")
    return Task(
        task_id=task_id,
        title=f"{record['entry_point']} (EvalPerf)",
        category="humaneval" if task_id.startswith("HumanEval/") else "mbpp",
        prompt=str(record["prompt"]),
        entry_point=str(record["entry_point"]),
        tests=(),
        generator=literal_generator(args),
        levels=(Level(0, 0, 1.0),),
        tiers=tuple(Tier(f"ref{k}", code, "", score) for k, (code, score) in enumerate(zip(references, scores))),
        compare="float" if tolerant(plus) else "exact",
        suite="evalperf",
        pending=pending_tests(plus),
    )


def build_suite(records: list[dict[str, Any]], plus_rows: list[dict[str, Any]]) -> Suite:
    """EvalPerf tasks, each with the tests of the HumanEval+ / MBPP+ record of the same id."""
    plus = {str(r["task_id"]): r for r in plus_rows}
    missing = [str(r["task_id"]) for r in records if str(r["task_id"]) not in plus]
    if missing:
        raise ConfigError(
            f"suite evalperf: no HumanEval+ / MBPP+ tests for {', '.join(missing[:5])}"
            + (f" and {len(missing) - 5} more" if len(missing) > 5 else "")
            + f" ({HUMANEVAL_PLUS[0]} / {MBPP_PLUS[0]} next to the records)"
        )
    return Suite("evalperf", tuple(_task(r, plus[str(r["task_id"])]) for r in records))


def _needs(records: list[dict[str, Any]], prefix: str) -> bool:
    return any(str(r["task_id"]).startswith(prefix) for r in records)


def load_evalperf(path: Path | None) -> Suite:
    """EvalPerf from a local copy (see the module docstring), else from the hub."""
    if path is None:
        records = hub_rows(HUB_DATASET, HUB_SPLIT, "evalperf", OFFLINE)
        folder = None
    else:
        file = path if path.is_file() else path / RECORDS_FILE
        if not file.is_file():
            raise ConfigError(f"suite evalperf: {file} not found; {OFFLINE}")
        records = read_jsonl(file)
        folder = file.parent
    plus: list[dict[str, Any]] = []
    for prefix, source in (("HumanEval/", HUMANEVAL_PLUS), ("Mbpp/", MBPP_PLUS)):
        if _needs(records, prefix):
            plus.extend(rows_from(folder, source, "evalperf", OFFLINE))
    return build_suite(records, plus)
