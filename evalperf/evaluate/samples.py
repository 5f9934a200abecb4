"""Reading a samples file: JSON lines of {"task_id", "solution" | "completion"}.

A bad line never stops the run: it becomes a SampleIssue naming the line, and the valid
lines are evaluated. EvalPlus's ``completion`` is a continuation of the prompt, so the
solution is the task's prompt followed by it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from evalperf.errors import SamplesError
from evalperf.tasks.model import Suite

MAX_SOLUTION_BYTES = 1_000_000


@dataclass(frozen=True)
class Sample:
    """One candidate solution for one task."""

    line: int
    task_id: str
    solution: str
    index: int  # position among the samples of the same task
    syntax_error: str | None = None


@dataclass(frozen=True)
class SampleIssue:
    """A line of the samples file that could not be used, or a warning about one."""

    line: int
    message: str
    skipped: bool = True

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


def _syntax_error(code: str) -> str | None:
    try:
        compile(code, "<solution>", "exec", dont_inherit=True)
    except SyntaxError as exc:
        return f"{exc.msg} (solution line {exc.lineno})"
    except (ValueError, RecursionError, MemoryError) as exc:
        return f"cannot be compiled: {type(exc).__name__}"
    return None


def parse_samples(lines: list[str], suite: Suite) -> tuple[list[Sample], list[SampleIssue]]:
    """Parse the text lines of a samples file against ``suite``."""
    samples: list[Sample] = []
    issues: list[SampleIssue] = []
    per_task: dict[str, int] = {}
    for number, text in enumerate(lines, start=1):
        if not text.strip():
            continue
        try:
            record = json.loads(text)
        except json.JSONDecodeError as exc:
            issues.append(SampleIssue(number, f"not valid JSON ({exc.msg} at column {exc.colno})"))
            continue
        if not isinstance(record, dict):
            issues.append(SampleIssue(number, "not a JSON object"))
            continue
        task_id = record.get("task_id")
        if not isinstance(task_id, str) or not task_id:
            issues.append(SampleIssue(number, "missing field 'task_id'"))
            continue
        task = suite.get(task_id)
        if task is None:
            issues.append(SampleIssue(number, f"unknown task id {task_id!r} (see `evalperf tasks list`)"))
            continue
        if isinstance(record.get("solution"), str):
            code = record["solution"]
        elif isinstance(record.get("completion"), str):
            code = task.prompt + record["completion"]
            if not record["completion"].strip():
                code = ""
        else:
            issues.append(SampleIssue(number, "missing field 'solution' (or 'completion')"))
            continue
        if not code.strip():
            issues.append(SampleIssue(number, f"empty solution for {task_id}"))
            continue
        if len(code.encode("utf-8", "replace")) > MAX_SOLUTION_BYTES:
            issues.append(SampleIssue(number, f"solution larger than {MAX_SOLUTION_BYTES} bytes"))
            continue
        problem = _syntax_error(code)
        if problem is not None:
            issues.append(SampleIssue(number, f"syntax error in the solution for {task_id}: {problem}", skipped=False))
        index = per_task.get(task_id, 0)
        per_task[task_id] = index + 1
        samples.append(Sample(number, task_id, code, index, problem))
    return samples, issues


def read_samples(path: Path, suite: Suite) -> tuple[list[Sample], list[SampleIssue]]:
    """Read and parse a samples file; SamplesError if it cannot be read at all."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise SamplesError(f"cannot read samples file {path}: {exc.strerror}") from exc
    return parse_samples(text.splitlines(), suite)
