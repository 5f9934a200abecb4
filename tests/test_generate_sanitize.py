"""The sanitizer against a corpus of realistic raw model outputs (tests/data/raw_outputs/)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

from evalperf.generate.sanitize import NO_CODE, code_blocks, sanitize
from evalperf.tasks.suites import load_suite

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

CORPUS = Path(__file__).parent / "data" / "raw_outputs"
SPEC = tomllib.loads((CORPUS / "cases.toml").read_text(encoding="utf-8"))
CASES = SPEC["case"]
PROMPTS = {name: text.lstrip("\n") for name, text in SPEC["prompts"].items()}
DEMO = Path(__file__).parent.parent / "examples" / "replay-demo.jsonl"


def _call(code: str, entry_point: str, args: list[Any]) -> Any:
    namespace: dict[str, Any] = {}
    exec(compile(code, "<sanitized>", "exec"), namespace)
    return namespace[entry_point](*args)


def test_every_corpus_file_has_a_case() -> None:
    files = {p.name for p in CORPUS.glob("*.txt")}
    assert files == {c["file"] for c in CASES}


@pytest.mark.parametrize("case", CASES, ids=[c["file"].removesuffix(".txt") for c in CASES])
def test_corpus(case: dict[str, Any]) -> None:
    raw = (CORPUS / case["file"]).read_bytes().decode("utf-8")
    result = sanitize(raw, case["entry_point"], PROMPTS[case["prompt"]], case.get("continues_prompt", False))
    assert result.status == case["status"], (result.notes, result.code)
    assert result.code.strip(), "the code is never empty"
    for text in case.get("contains", []):
        assert text in result.code, result.code
    for text in case.get("absent", []):
        assert text not in result.code, result.code
    if result.status == "ok":
        compile(result.code, "<sanitized>", "exec")
        assert _call(result.code, case["entry_point"], case["args"]) == case["expect"]


def test_no_code_placeholder_compiles_and_defines_nothing() -> None:
    result = sanitize("", "f")
    assert result.code == NO_CODE and result.status == "no_code"
    namespace: dict[str, Any] = {}
    exec(result.code, namespace)
    assert "f" not in namespace


def test_last_definition_wins_across_blocks_and_notes_say_what_happened() -> None:
    raw = "```python\ndef f():\n    return 1\n```\nBetter:\n```python\ndef f():\n    return 2\n```\n"
    result = sanitize(raw, "f")
    assert _call(result.code, "f", []) == 2
    assert "2 code blocks" in result.notes


def test_code_blocks_skip_other_languages_and_report_unterminated() -> None:
    blocks, open_end = code_blocks("```bash\nls\n```\n```py\nx = 1\n```\n```python\ny = 2\n")
    assert blocks == ["x = 1", "y = 2"] and open_end


def test_reasoning_with_closing_tag_only() -> None:
    # some chat templates put <think> in the prompt: only the closing tag is in the answer
    raw = "reasoning about def f(): ...\n</think>\n```python\ndef f():\n    return 3\n```"
    result = sanitize(raw, "f")
    assert result.status == "ok" and _call(result.code, "f", []) == 3


def test_recursive_and_mutually_dependent_helpers_are_kept() -> None:
    raw = (
        "```python\ndef is_even(n):\n    return n == 0 or is_odd(n - 1)\n\n"
        "def is_odd(n):\n    return n != 0 and is_even(n - 1)\n\ndef unrelated():\n    pass\n\n"
        "def f(n):\n    return is_even(n)\n```"
    )
    result = sanitize(raw, "f")
    assert "def is_odd" in result.code and "unrelated" not in result.code
    assert _call(result.code, "f", [10]) is True


def test_the_shipped_replay_demo_sanitizes_as_designed() -> None:
    suite = load_suite("builtin")
    statuses: dict[str, int] = {}
    for line in DEMO.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        task = suite.get(record["task_id"])
        assert task is not None, record["task_id"]
        result = sanitize(record["raw"], task.entry_point, task.prompt)
        statuses[result.status] = statuses.get(result.status, 0) + 1
    # one answer cut off by the token limit, one refusal, the rest extractable
    assert statuses == {"ok": 34, "syntax_error": 1, "no_code": 1}
