"""Reading samples files: bad lines are named, every line of a task is one of its samples."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evalperf.errors import SamplesError
from evalperf.evaluate.samples import no_usable_samples, parse_samples, read_samples
from evalperf.tasks.model import Level, Suite, Task, TestCase, Tier, continue_prompt

GOOD = "def double(x):\n    return 2 * x\n"


def _task(task_id: str, prompt: str) -> Task:
    return Task(
        task_id=task_id,
        title="Double",
        category="implementation",
        prompt=prompt,
        entry_point="double",
        tests=(TestCase([2], 4),),
        generator="def generate(seed, scale):\n    return [scale]\n",
        levels=(Level(1, 10),),
        tiers=(Tier("only", GOOD),),
    )


@pytest.fixture()
def suite() -> Suite:
    # "stripped": a prompt published without its final newline, as ENAMEL publishes every prompt
    return Suite(
        "test",
        (
            _task("double", 'def double(x: int) -> int:\n    """Twice x."""\n'),
            _task("stripped", 'def double(x: int) -> int:\n    """Twice x."""'),
        ),
    )


def test_bad_lines_are_skipped_and_every_line_of_a_task_counts(suite: Suite) -> None:
    lines = [
        json.dumps({"task_id": "double", "solution": GOOD}),
        "{not json",
        json.dumps({"task_id": "nope", "solution": GOOD}),
        json.dumps({"task_id": "double"}),
        json.dumps({"solution": GOOD}),
        json.dumps({"task_id": "double", "solution": "   \n"}),
        json.dumps({"task_id": "double", "solution": "def double(x):\n    return (\n"}),
        json.dumps(["a list"]),
        "",
        json.dumps({"task_id": "double", "completion": "    return x + x\n"}),
        json.dumps({"task_id": "double", "completion": ""}),
        json.dumps({"task_id": "double", "completion": None}),
        json.dumps({"task_id": "double", "solution": "x = 1\n" * 200_000}),
    ]
    samples, issues = parse_samples(lines, suite)
    by_line = {i.line: i for i in issues}
    # lines that cannot belong to a task are skipped, each named
    assert "not valid JSON" in by_line[2].message and by_line[2].skipped
    assert "unknown task id 'nope'" in by_line[3].message and by_line[3].skipped
    assert "missing field 'solution'" in by_line[4].message and by_line[4].skipped
    assert "missing field 'task_id'" in by_line[5].message and by_line[5].skipped
    assert "not a JSON object" in by_line[8].message and by_line[8].skipped
    # an empty, unparsable or oversized answer is an incorrect sample of its task: counted, not dropped
    for line, words in ((6, "empty solution"), (7, "syntax error"), (11, "empty"), (12, "empty"), (13, "larger")):
        assert words in by_line[line].message and "counted as incorrect" in by_line[line].message
        assert not by_line[line].skipped
    assert [s.line for s in samples] == [1, 6, 7, 10, 11, 12, 13]
    assert [s.index for s in samples] == list(range(7))
    assert [s.problem is None for s in samples] == [True, False, False, True, False, False, False]
    # an EvalPlus completion continues the prompt
    assert samples[3].solution == suite.tasks[0].prompt + "    return x + x\n"
    assert str(by_line[2]).startswith("line 2:")


def test_a_completion_continues_a_prompt_published_without_its_final_newline(suite: Suite) -> None:
    lines = [
        json.dumps({"task_id": "stripped", "completion": "    return x + x\n"}),
        json.dumps({"task_id": "stripped", "completion": "\n    return 2 * x\n"}),
    ]
    samples, issues = parse_samples(lines, suite)
    assert not issues
    assert [s.problem for s in samples] == [None, None]
    assert samples[0].solution == 'def double(x: int) -> int:\n    """Twice x."""\n    return x + x\n'
    # the prompt the model saw, then what it wrote: a completion that starts a line itself leaves a blank one
    assert samples[1].solution == 'def double(x: int) -> int:\n    """Twice x."""\n\n    return 2 * x\n'
    # the prompt a completion model is shown is the one the reader joins to
    assert suite.tasks[1].completion_prompt == suite.tasks[0].prompt == suite.tasks[0].completion_prompt


def test_continue_prompt_keeps_text_that_has_its_newline() -> None:
    assert continue_prompt("a\n", "b") == "a\nb"
    assert continue_prompt("a", "\nb") == "a\nb"
    assert continue_prompt("a", "b") == "a\nb"
    assert continue_prompt("", "b") == "b"


def test_samples_of_unselected_tasks_are_reported_once_with_a_count(suite: Suite) -> None:
    lines = [
        json.dumps({"task_id": "stripped", "solution": GOOD}),
        json.dumps({"task_id": "double", "solution": GOOD}),
        json.dumps({"task_id": "stripped", "solution": GOOD}),
        json.dumps({"task_id": "nope", "solution": GOOD}),
        json.dumps({"task_id": "stripped", "completion": ""}),
        json.dumps({"task_id": "nope", "completion": ""}),
    ]
    samples, issues = parse_samples(lines, suite, selected={"double"})
    assert [s.line for s in samples] == [2]
    unselected = [i for i in issues if i.kind == "unselected"]
    assert len(unselected) == 1
    assert unselected[0].line == 1 and unselected[0].count == 3
    assert unselected[0].message == "3 sample line(s) of 1 task(s) not selected by --tasks, from this one"
    # an id the suite does not have is still an unknown id, said once with its lines' count
    (unknown,) = [i for i in issues if i.kind == "unknown"]
    assert unknown.line == 4 and unknown.count == 2 and "unknown task id 'nope'" in unknown.message
    assert unknown.message.endswith(": 2 lines from this one")
    assert [i.line for i in issues] == [1, 4]


def test_why_a_file_gave_no_sample(suite: Suite) -> None:
    assert no_usable_samples([]) == "the file holds no sample line"
    lines = ["{oops", json.dumps({"task_id": "nope", "solution": GOOD}), json.dumps({"task_id": "double"})]
    lines += [json.dumps({"task_id": "stripped", "solution": GOOD})] * 2
    samples, issues = parse_samples(lines, suite, selected={"double"})
    assert not samples
    assert no_usable_samples(issues) == (
        "1 line(s) not valid JSON; 1 line(s) of unknown task ids; 2 line(s) of tasks not selected by --tasks; "
        "1 line(s) without a solution or completion"
    )


def test_unreadable_file_raises(tmp_path: Path, suite: Suite) -> None:
    with pytest.raises(SamplesError, match="cannot read samples file"):
        read_samples(tmp_path / "missing.jsonl", suite)
