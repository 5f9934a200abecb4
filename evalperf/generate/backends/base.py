"""What every model backend takes and returns, and the interface it implements."""

from __future__ import annotations

import importlib
from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

from evalperf.errors import GenerationError


@dataclass(frozen=True)
class Message:
    """One chat message."""

    role: str  # "system" | "user" | "assistant"
    content: str

    def to_json(self) -> dict[str, str]:
        """The OpenAI wire form."""
        return {"role": self.role, "content": self.content}


@dataclass(frozen=True)
class Sampling:
    """Sampling parameters of every request of a run."""

    temperature: float = 0.0
    top_p: float = 1.0
    max_tokens: int = 1024
    seed: int | None = None

    def to_json(self) -> dict[str, Any]:
        """For the samples file and the run manifest."""
        return {"temperature": self.temperature, "top_p": self.top_p, "max_tokens": self.max_tokens, "seed": self.seed}


@dataclass(frozen=True)
class Request:
    """One model call: a chat (``messages``) or a plain completion (``prompt``).

    ``task_id``, ``index`` (the sample number) and ``stage`` (of a multi-stage prompt style)
    identify the call; only the replay backend looks at them.
    """

    task_id: str
    index: int
    stage: int
    stages: int
    sampling: Sampling
    messages: tuple[Message, ...] = ()
    prompt: str | None = None
    stop: tuple[str, ...] = ()
    seed: int | None = None

    @property
    def is_chat(self) -> bool:
        """True for a chat request, False for a completion of ``prompt``."""
        return self.prompt is None


@dataclass(frozen=True)
class Completion:
    """What a model answered to one request."""

    text: str
    finish_reason: str | None = None
    prompt_tokens: int | None = None
    completion_tokens: int | None = None


@dataclass(frozen=True)
class BackendConfig:
    """How to reach the model, built once by the CLI."""

    kind: str  # a name of BACKENDS
    model: str  # model name, local path or hub id; for replay the recording's path
    base_url: str | None = None
    api_key: str | None = field(default=None, repr=False)
    api_key_env: str = "OPENAI_API_KEY"
    request_timeout: float = 120.0
    stream: bool = False

    def to_json(self) -> dict[str, Any]:
        """For the run manifest (never the key itself)."""
        return {
            "backend": self.kind,
            "model": self.model,
            "base_url": self.base_url,
            "stream": self.stream,
            "request_timeout": self.request_timeout,
        }


class Backend(ABC):
    """A model that answers requests.

    ``batch_size`` is how many requests one ``complete`` call takes (offline engines batch;
    servers take one at a time); ``concurrent`` says whether ``complete`` may be called from
    several threads at once.
    """

    name: str = ""
    batch_size: int = 1
    concurrent: bool = True

    def __init__(self, config: BackendConfig) -> None:
        self.config = config

    def check(self) -> list[str]:
        """Make sure the backend can serve (reach the server, load the model); return warnings.

        Raises GenerationError with one clear sentence when it cannot.
        """
        return []

    @abstractmethod
    def complete(self, requests: Sequence[Request]) -> list[Completion]:
        """Answer ``requests`` (at most ``batch_size``), in order; RequestError on failure."""

    def describe(self) -> dict[str, Any]:
        """What the run manifest records about the backend (versions, endpoint)."""
        return {}

    def recorded_samples(self) -> dict[str, int] | None:
        """Samples available per task when the backend can only answer some (replay), else None."""
        return None

    def close(self) -> None:  # noqa: B027 - most backends hold nothing to release
        """Release connections or the loaded model."""


EXTRA_PACKAGES = {"vllm": "vllm", "hf": "torch transformers", "openai": "openai"}


def import_extra(module: str, extra: str, backend: str) -> ModuleType:
    """Import an optional dependency, or say which extra installs it."""
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        # no brackets in the message (pip's `evalperf[extra]`): terminals render them as markup
        raise GenerationError(
            f"the {backend} backend needs the {module!r} package, which is not installed ({exc}): "
            f"pip install {EXTRA_PACKAGES.get(extra, module)}, or install evalperf with its {extra!r} extra"
        ) from exc
