"""The results file: a versioned JSON document, written atomically (format: docs/results.md).

The schema name changes only with an incompatible change; fields are added within a version
(readers ignore what they do not know, and take what is missing as absent).
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from evalperf.errors import ResultsError
from evalperf.store.outputs import write_atomic

SCHEMA = "evalperf.results/1"


def new_results(config: dict[str, Any], environment: dict[str, Any]) -> dict[str, Any]:
    """An empty results document."""
    return {
        "schema": SCHEMA,
        "created": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "config": config,
        "environment": environment,
        "warnings": [],
        "input_issues": [],
        "tasks": {},
        "summary": {},
    }


def write_results(document: dict[str, Any], path: Path) -> Path:
    """Write ``document`` to ``path`` atomically (OutputError if it cannot be written)."""
    # durable: the run's journal is deleted once this returns
    return write_atomic(path, json.dumps(document, indent=1, sort_keys=False) + "\n", "results", durable=True)


def read_results(path: Path) -> dict[str, Any]:
    """Read a results file and check its schema."""
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ResultsError(f"cannot read results {path}: {exc.strerror}") from exc
    except ValueError as exc:
        raise ResultsError(f"{path} is not a results file (invalid JSON)") from exc
    if not isinstance(document, dict) or document.get("schema") != SCHEMA:
        found = document.get("schema") if isinstance(document, dict) else None
        raise ResultsError(
            f"{path} is not an evalperf results file of schema {SCHEMA}" + (f" (schema {found!r})" if found else "")
        )
    for key in ("config", "environment", "tasks", "summary"):
        if not isinstance(document.get(key), dict):
            raise ResultsError(f"{path}: results file without its {key!r} section (cut off or hand-edited?)")
    for task_id, task in document["tasks"].items():
        if not isinstance(task, dict) or not isinstance(task.get("scores"), dict):
            raise ResultsError(f"{path}: task {task_id!r} has no scores")
        if not isinstance(task.get("samples"), list) or not isinstance(task.get("references"), dict):
            raise ResultsError(f"{path}: task {task_id!r} has no samples or references")
    return document
