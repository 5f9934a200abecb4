"""Reading a samples file: JSON lines of {"task_id", "solution" | "completion"}.

A bad line never stops the run. A line that names a task of the suite is one of that task's
samples, whatever its code: an empty, unparsable or oversized answer is an incorrect sample
(it counts in n, so pass@k and eff@k fall), never dropped. Lines that cannot belong to a task
(not JSON, no task id, no solution field) are skipped, each named by its line; so are lines
with an id the suite does not have, reported once per id with their count, and lines of tasks
left out by ``--tasks``, reported once in all, with their count. EvalPlus's ``completion``
continues the task's prompt: the solution is the prompt a completion model is shown
(``Task.completion_prompt``) followed by it.
"""

from __future__ import annotations

import json
import warnings
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from evalperf.errors import SamplesError
from evalperf.tasks.model import Suite, continue_prompt

MAX_SOLUTION_BYTES = 1_000_000

# SampleIssue.kind of the lines that are skipped, in the order a "no usable samples" message lists them
SKIPPED_KINDS = {
    "json": "not valid JSON",
    "object": "not a JSON object",
    "task_id": "without a task id",
    "unknown": "of unknown task ids",
    "unselected": "of tasks not selected by --tasks",
    "field": "without a solution or completion",
}


@dataclass(frozen=True)
class Sample:
    """One candidate solution for one task.

    ``problem`` says why the sample cannot run (empty, unparsable, too large): such a sample
    is judged incorrect without running, and counts among the task's samples.
    """

    line: int
    task_id: str
    solution: str
    index: int  # position among the samples of the same task
    problem: str | None = None


@dataclass(frozen=True)
class SampleIssue:
    """A line of the samples file that could not be used, or a warning about one."""

    line: int
    message: str
    skipped: bool = True
    kind: str = "json"  # a key of SKIPPED_KINDS for skipped lines; "empty", "size", "syntax" otherwise
    count: int = 1  # the lines this issue stands for (all the unselected ones, in one issue)

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


def _syntax_error(code: str) -> str | None:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # old escape sequences in model code: not the harness's to say
            compile(code, "<solution>", "exec", dont_inherit=True)
    except SyntaxError as exc:
        return f"{exc.msg} (solution line {exc.lineno})"
    except (ValueError, RecursionError, MemoryError) as exc:
        return f"cannot be compiled: {type(exc).__name__}"
    return None


def _code(record: dict[str, object], prompt: str) -> str | None:
    """The solution a record holds (None: it has no solution field); a null answer is empty."""
    for name in ("solution", "completion"):
        if name not in record or not (record[name] is None or isinstance(record[name], str)):
            continue
        text = str(record[name] or "")
        if name == "completion" and text.strip():
            return continue_prompt(prompt, text)
        return text
    return None


def parse_samples(
    lines: list[str], suite: Suite, selected: Collection[str] | None = None
) -> tuple[list[Sample], list[SampleIssue]]:
    """Parse the text lines of a samples file against ``suite``.

    ``selected``: the task ids chosen with --tasks (None: every task of the suite). Lines of
    the suite's other tasks are skipped and reported in one issue, at the first of them.
    """
    samples: list[Sample] = []
    issues: list[SampleIssue] = []
    per_task: dict[str, int] = {}
    tasks = {t.task_id: t for t in suite.tasks}
    unknown: dict[str, list[int]] = {}  # task id -> its lines
    unselected: list[int] = []
    unselected_tasks: set[str] = set()
    for number, text in enumerate(lines, start=1):
        if not text.strip():
            continue
        try:
            record = json.loads(text)
        except json.JSONDecodeError as exc:
            issues.append(SampleIssue(number, f"not valid JSON ({exc.msg} at column {exc.colno})", kind="json"))
            continue
        if not isinstance(record, dict):
            issues.append(SampleIssue(number, "not a JSON object", kind="object"))
            continue
        task_id = record.get("task_id")
        if not isinstance(task_id, str) or not task_id:
            issues.append(SampleIssue(number, "missing field 'task_id'", kind="task_id"))
            continue
        task = tasks.get(task_id)
        if task is None:
            unknown.setdefault(task_id, []).append(number)
            continue
        if selected is not None and task_id not in selected:
            unselected.append(number)
            unselected_tasks.add(task_id)
            continue
        code = _code(record, task.completion_prompt)
        if code is None:
            issues.append(SampleIssue(number, "missing field 'solution' (or 'completion'), as a string", kind="field"))
            continue
        problem = _problem(code)
        if problem is not None:
            kind, why = problem
            issues.append(SampleIssue(number, f"{why} for {task_id}: counted as incorrect", skipped=False, kind=kind))
            if kind != "syntax":
                code = ""  # nothing to keep: empty, or too large to hold
        index = per_task.get(task_id, 0)
        per_task[task_id] = index + 1
        samples.append(Sample(number, task_id, code, index, None if problem is None else problem[1]))
    # one issue per unknown id, and one for all the unselected lines, each at its first line
    for task_id, numbers in unknown.items():
        repeated = f": {len(numbers)} lines from this one" if len(numbers) > 1 else ""
        message = f"unknown task id {task_id!r} (see `evalperf tasks list`){repeated}"
        issues.append(SampleIssue(numbers[0], message, kind="unknown", count=len(numbers)))
    if unselected:
        message = (
            f"{len(unselected)} sample line(s) of {len(unselected_tasks)} task(s) not selected by --tasks, "
            "from this one"
        )
        issues.append(SampleIssue(unselected[0], message, kind="unselected", count=len(unselected)))
    issues.sort(key=lambda i: i.line)
    return samples, issues


def _problem(code: str) -> tuple[str, str] | None:
    """(kind, why) when a solution cannot run, else None."""
    if not code.strip():
        return "empty", "empty solution"
    if len(code.encode("utf-8", "replace")) > MAX_SOLUTION_BYTES:
        return "size", f"solution larger than {MAX_SOLUTION_BYTES} bytes"
    error = _syntax_error(code)
    return None if error is None else ("syntax", f"syntax error: {error}")


def no_usable_samples(issues: list[SampleIssue]) -> str:
    """Why a file gave no sample at all, in words (``issues``: what parse_samples reported)."""
    if not issues:
        return "the file holds no sample line"
    counts: dict[str, int] = {}
    for issue in issues:
        counts[issue.kind] = counts.get(issue.kind, 0) + issue.count
    parts = [f"{counts[kind]} line(s) {words}" for kind, words in SKIPPED_KINDS.items() if kind in counts]
    return "; ".join(parts)


def read_samples(
    path: Path, suite: Suite, selected: Collection[str] | None = None
) -> tuple[list[Sample], list[SampleIssue]]:
    """Read and parse a samples file; SamplesError if it cannot be read at all."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise SamplesError(f"cannot read samples file {path}: {exc.strerror}") from exc
    return parse_samples(text.splitlines(), suite, selected)
