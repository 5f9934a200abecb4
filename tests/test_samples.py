"""Reading samples files: every malformed line is named, valid lines survive."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evalperf.errors import SamplesError
from evalperf.evaluate.samples import parse_samples, read_samples
from evalperf.tasks.model import Level, Suite, Task, TestCase, Tier

GOOD = "def double(x):\n    return 2 * x\n"


@pytest.fixture()
def suite() -> Suite:
    task = Task(
        task_id="double",
        title="Double",
        category="implementation",
        prompt='def double(x: int) -> int:\n    """Twice x."""\n',
        entry_point="double",
        tests=(TestCase([2], 4),),
        generator="def generate(seed, scale):\n    return [scale]\n",
        levels=(Level(1, 10),),
        tiers=(Tier("only", GOOD),),
    )
    return Suite("test", (task,))


def test_malformed_lines_are_reported_and_valid_lines_kept(suite: Suite) -> None:
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
    ]
    samples, issues = parse_samples(lines, suite)
    by_line = {i.line: i for i in issues}
    assert "not valid JSON" in by_line[2].message
    assert "unknown task id 'nope'" in by_line[3].message
    assert "missing field 'solution'" in by_line[4].message
    assert "missing field 'task_id'" in by_line[5].message
    assert "empty solution" in by_line[6].message
    assert "syntax error" in by_line[7].message and not by_line[7].skipped
    assert "not a JSON object" in by_line[8].message
    assert [s.line for s in samples] == [1, 7, 10]
    assert samples[1].syntax_error is not None
    # an EvalPlus completion continues the prompt
    assert samples[2].solution.startswith("def double(x: int) -> int:")
    assert samples[2].solution.endswith("return x + x\n")
    assert [s.index for s in samples] == [0, 1, 2]
    assert str(by_line[2]).startswith("line 2:")


def test_unreadable_file_raises(tmp_path: Path, suite: Suite) -> None:
    with pytest.raises(SamplesError, match="cannot read samples file"):
        read_samples(tmp_path / "missing.jsonl", suite)
