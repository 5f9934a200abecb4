"""Prompt styles: shipped as data files, rendered for a task, validated when loaded."""

from __future__ import annotations

from pathlib import Path

import pytest

from evalperf.errors import ConfigError
from evalperf.generate.templates import load_style, style_names
from evalperf.tasks.builtin import load_builtin_suite

TASK = load_builtin_suite(Path(__file__).parent / "data" / "mini_suite").tasks[0]


def test_the_five_styles_are_shipped() -> None:
    assert style_names() == ["base", "instruct", "perf-CoT", "perf-instruct", "plan-then-code"]


@pytest.mark.parametrize("name", ["instruct", "perf-instruct", "perf-CoT", "plan-then-code"])
def test_chat_styles_show_the_prompt_and_name_the_entry_point(name: str) -> None:
    style = load_style(name)
    assert style.api == "chat" and not style.continues_prompt and style.source_sha256
    first = style.conversation(TASK, 0, [])
    assert first[0].role == "system" and first[-1].role == "user"
    assert TASK.prompt.rstrip("\n") in first[-1].content
    last = style.conversation(TASK, len(style.stages) - 1, ["a plan"] * len(style.stages))
    assert f"`{TASK.entry_point}`" in last[-1].content and "```python" in last[-1].content
    assert "${" not in "".join(m.content for m in last)


def test_perf_styles_ask_for_efficiency_and_cot_for_reasoning() -> None:
    assert "efficient" not in load_style("instruct").conversation(TASK, 0, [])[-1].content
    assert "efficient" in load_style("perf-instruct").conversation(TASK, 0, [])[-1].content
    cot = load_style("perf-CoT").conversation(TASK, 0, [])[-1].content
    assert "step by step" in cot and "efficient" in cot


def test_plan_then_code_is_a_two_turn_conversation() -> None:
    style = load_style("plan-then-code")
    assert len(style.stages) == 2
    plan = style.conversation(TASK, 0, [])[-1].content
    assert "Do not write code" in plan and "complexity" in plan
    turns = style.conversation(TASK, 1, ["Use a running sum: O(n)."])
    assert [m.role for m in turns] == ["system", "user", "assistant", "user"]
    assert turns[2].content == "Use a running sum: O(n)."


def test_base_style_sends_the_prompt_verbatim_to_the_completions_endpoint() -> None:
    style = load_style("base")
    assert style.api == "completion" and style.continues_prompt
    assert style.completion_prompt(TASK) == TASK.prompt
    assert len(style.stop) <= 4  # OpenAI accepts at most four stop sequences


def test_a_style_file_given_by_path(tmp_path: Path) -> None:
    path = tmp_path / "terse.toml"
    path.write_text('api = "chat"\n[[stages]]\nuser = "Solve ${entry_point}:\\n${prompt}"\n')
    style = load_style(str(path))
    assert style.name == "terse"
    assert style.conversation(TASK, 0, [])[0].content.startswith("Solve pair_sums:\ndef pair_sums")


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ('api = "chat"\n', "at least one"),
        ('api = "speech"\n[[stages]]\nuser = "x"\n', "api must be"),
        ('[[stages]]\nuser = "x"\ncolour = "red"\n', "unknown keys"),
        ('api = "completion"\n[[stages]]\nprompt = "a"\n[[stages]]\nprompt = "b"\n', "exactly one stage"),
        ('[[stages]]\nsystem = "only a system"\n', "needs a user message"),
        ("[[stages\n", "prompt style"),
    ],
)
def test_broken_style_files_are_config_errors(tmp_path: Path, text: str, problem: str) -> None:
    path = tmp_path / "broken.toml"
    path.write_text(text)
    with pytest.raises(ConfigError, match=problem):
        load_style(str(path))


def test_unknown_style_lists_the_choices() -> None:
    with pytest.raises(ConfigError, match="choose one of base, instruct, perf-CoT"):
        load_style("fancy")
