"""Prompt styles: templates read from data files (``prompts/*.toml``), rendered for a task.

A style has one or more stages. A chat style's conversation grows stage by stage: each
stage adds its user message after the model's answer to the previous one, and the answer
to the last stage holds the code. A completion style (``api = "completion"``) has one stage
whose ``prompt`` is sent as is and continued by the model. Placeholders: ``${prompt}`` (the
task's signature and docstring) and ``${entry_point}``.
"""

from __future__ import annotations

import hashlib
import string
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from evalperf.errors import ConfigError
from evalperf.generate.backends.base import Message
from evalperf.tasks.model import Task

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

PROMPTS_DIR = Path(__file__).resolve().parent / "prompts"
APIS = ("chat", "completion")


@dataclass(frozen=True)
class Stage:
    """One turn: a chat turn's optional system and its user message, or a completion prompt."""

    user: str = ""
    system: str = ""
    prompt: str = ""


@dataclass(frozen=True)
class PromptStyle:
    """A named prompt style (see the module docstring)."""

    name: str
    description: str
    api: str
    stages: tuple[Stage, ...]
    stop: tuple[str, ...] = ()
    source_sha256: str = ""

    @property
    def continues_prompt(self) -> bool:
        """True when the model's output continues the task's prompt (completion styles)."""
        return self.api == "completion"

    def conversation(self, task: Task, stage: int, answers: list[str]) -> tuple[Message, ...]:
        """The chat messages of ``stage``, given the model's ``answers`` to the earlier stages."""
        messages: list[Message] = []
        for k in range(stage + 1):
            step = self.stages[k]
            if step.system:
                messages.append(Message("system", _render(step.system, task)))
            messages.append(Message("user", _render(step.user, task)))
            if k < stage:
                messages.append(Message("assistant", answers[k]))
        return tuple(messages)

    def completion_prompt(self, task: Task) -> str:
        """The text a completion style sends."""
        # the prompt ends in a newline (put back where a suite strips it): the model continues
        # with the body, and the samples reader joins its completion to the same text
        return _render(self.stages[0].prompt, task, task.completion_prompt)


def _render(template: str, task: Task, prompt: str | None = None) -> str:
    text = task.prompt.rstrip("\n") if prompt is None else prompt
    return string.Template(template).safe_substitute(prompt=text, entry_point=task.entry_point)


def style_names() -> list[str]:
    """The styles shipped with evalperf."""
    return sorted(p.stem for p in PROMPTS_DIR.glob("*.toml"))


def _stage(data: Any, where: str, api: str) -> Stage:
    if not isinstance(data, dict):
        raise ConfigError(f"{where}: each [[stages]] entry must be a table")
    fields = {k: data.get(k, "") for k in ("user", "system", "prompt")}
    if not all(isinstance(v, str) for v in fields.values()):
        raise ConfigError(f"{where}: user, system and prompt must be strings")
    unknown = set(data) - set(fields)
    if unknown:
        raise ConfigError(f"{where}: unknown keys in a stage: {', '.join(sorted(unknown))}")
    if api == "chat" and not fields["user"]:
        raise ConfigError(f"{where}: a chat stage needs a user message")
    if api == "completion" and not fields["prompt"]:
        raise ConfigError(f"{where}: a completion stage needs a prompt")
    return Stage(**fields)


def load_style(spec: str) -> PromptStyle:
    """A shipped style by name (``perf-instruct``) or a style file by path."""
    path = Path(spec)
    if not (spec.endswith(".toml") and path.is_file()):
        path = PROMPTS_DIR / f"{spec}.toml"
        if not path.is_file():
            raise ConfigError(
                f"unknown prompt style {spec!r}; choose one of {', '.join(style_names())} or give a .toml file"
            )
    raw = path.read_bytes()
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"prompt style {path}: {exc}") from exc
    api = data.get("api", "chat")
    if api not in APIS:
        raise ConfigError(f"prompt style {path}: api must be one of {', '.join(APIS)}")
    stages_data = data.get("stages")
    if not isinstance(stages_data, list) or not stages_data:
        raise ConfigError(f"prompt style {path}: needs at least one [[stages]] entry")
    stages = tuple(_stage(s, f"prompt style {path}", api) for s in stages_data)
    if api == "completion" and len(stages) != 1:
        raise ConfigError(f"prompt style {path}: a completion style has exactly one stage")
    stop = data.get("stop", [])
    if not isinstance(stop, list) or not all(isinstance(s, str) and s for s in stop):
        raise ConfigError(f"prompt style {path}: stop must be a list of non-empty strings")
    return PromptStyle(
        name=path.stem,
        description=str(data.get("description", "")),
        api=api,
        stages=stages,
        stop=tuple(stop),
        source_sha256=hashlib.sha256(raw).hexdigest(),
    )
