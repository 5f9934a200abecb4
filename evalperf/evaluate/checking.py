"""Correctness verdicts for a batch of check jobs, running task checkers in the sandbox.

Most tasks compare outputs with the expected ones on the host (evaluate.judge). A task
with a ``checker`` (ENAMEL) accepts any output its checker accepts; the checker is code
from outside, so it runs in the sandbox: one more check job per sample, whose "solution"
is the checker and whose tests are the (input, expected, output) triples. The candidate
never shares a process with the checker or the expected outputs.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from evalperf.evaluate.judge import Verdict, judge
from evalperf.evaluate.scheduler import JobScheduler
from evalperf.sandbox.base import JobResult, Limits
from evalperf.tasks.literals import encode_args
from evalperf.tasks.model import Task

CHECK_ENTRY = "__evalperf_judge"

# Appended to the task's checker module: JSON data back to Python values, then the verdict.
_ADAPTER = f"""

def __evalperf_revive(value):
    if isinstance(value, dict) and set(value) == {{"__float__"}}:
        return float(value["__float__"])
    if isinstance(value, dict) and set(value) == {{"__int__"}}:
        return int(value["__int__"], 16)
    if isinstance(value, list):
        return [__evalperf_revive(v) for v in value]
    if isinstance(value, dict):
        return {{k: __evalperf_revive(v) for k, v in value.items()}}
    return value


def {CHECK_ENTRY}(args, expected, output):
    revive = __evalperf_revive
    if isinstance(args, str):  # arguments JSON cannot carry come as a Python literal
        import ast

        args = ast.literal_eval(args)
    return bool(check(tuple(revive(args)), revive(expected), revive(output)))
"""


def checker_payload(task: Task, outputs: list[Any], limits: Limits) -> dict[str, Any]:
    """A check job running the task's checker on every test's (input, expected, output)."""
    if task.checker is None:
        raise ValueError(f"task {task.task_id} has no checker")
    return {
        "kind": "check",
        "solution": task.checker + _ADAPTER,
        "entry_point": CHECK_ENTRY,
        "tests": [[encode_args(case.args), case.expected, out] for case, out in zip(task.tests, outputs)],
        "limits": limits.to_json(),
    }


def _checked(result: JobResult, count: int) -> Verdict:
    if result.status != "ok":
        return Verdict("error", f"the task's checker did not run: {result.status} {result.message}".strip())
    if len(result.outcomes) != count:
        return Verdict("error", f"the task's checker gave {len(result.outcomes)} verdicts for {count} tests")
    for number, outcome in enumerate(result.outcomes):
        if outcome.get("value") is not True:
            why = outcome.get("raised") or outcome.get("violation") or "output rejected"
            return Verdict("fail", f"test {number}: {why} (task checker)")
    return Verdict("pass")


def judge_all(tasks: list[Task], results: list[JobResult], scheduler: JobScheduler, limits: Limits) -> list[Verdict]:
    """Verdicts for check job ``results`` (one per entry of ``tasks``), running checkers where needed."""
    verdicts = [judge(t, r, compare_values=t.checker is None) for t, r in zip(tasks, results)]
    todo = [i for i, t in enumerate(tasks) if t.checker is not None and verdicts[i].passed]
    payloads = [checker_payload(tasks[i], [o.get("value") for o in results[i].outcomes], limits) for i in todo]
    for i, result in zip(todo, scheduler.run_all("checker", payloads)):
        # what was refused is the candidate's (its check job), not the checker's
        verdicts[i] = replace(_checked(result, len(tasks[i].tests)), refused=verdicts[i].refused)
    return verdicts
