"""Model backends, registered by name; `--backend auto` guesses one from the model."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from pathlib import Path

from evalperf.errors import ConfigError
from evalperf.generate.backends.base import (
    Backend,
    BackendConfig,
    Completion,
    Message,
    Request,
    Sampling,
)
from evalperf.generate.backends.replay import PREFIX as REPLAY_PREFIX


def _openai(config: BackendConfig) -> Backend:
    from evalperf.generate.backends.openai_backend import OpenAIBackend

    return OpenAIBackend(config)


def _vllm(config: BackendConfig) -> Backend:
    from evalperf.generate.backends.vllm_backend import VLLMBackend

    return VLLMBackend(config)


def _hf(config: BackendConfig) -> Backend:
    from evalperf.generate.backends.hf_backend import HFBackend

    return HFBackend(config)


def _replay(config: BackendConfig) -> Backend:
    from evalperf.generate.backends.replay import ReplayBackend

    return ReplayBackend(config)


BACKENDS: dict[str, Callable[[BackendConfig], Backend]] = {
    "openai": _openai,
    "vllm": _vllm,
    "hf": _hf,
    "replay": _replay,
}
BACKEND_CHOICES = ("auto", *BACKENDS)


def _installed(module: str) -> bool:
    return importlib.util.find_spec(module) is not None


def guess_backend(model: str, base_url: str | None) -> str:
    """The backend `--backend auto` picks.

    ``replay:PATH`` replays; a server URL means openai; a local model folder, or a hub id
    (``org/name``) with no server URL, runs offline with vllm if installed, else transformers;
    anything else is a model name for an OpenAI-compatible server.
    """
    if model.startswith(REPLAY_PREFIX):
        return "replay"
    if base_url:
        return "openai"
    looks_local = Path(model).expanduser().is_dir() or (model.count("/") == 1 and not model.startswith("/"))
    if looks_local:
        if _installed("vllm"):
            return "vllm"
        if _installed("transformers"):
            return "hf"
        if Path(model).expanduser().is_dir():
            return "hf"  # says which extra to install
    return "openai"


def create_backend(config: BackendConfig) -> Backend:
    """The backend ``config.kind``; an unknown name is answered with the choices."""
    factory = BACKENDS.get(config.kind)
    if factory is None:
        raise ConfigError(f"unknown backend {config.kind!r}; choose one of {', '.join(BACKEND_CHOICES)}")
    return factory(config)


__all__ = [
    "BACKENDS",
    "BACKEND_CHOICES",
    "Backend",
    "BackendConfig",
    "Completion",
    "Message",
    "Request",
    "Sampling",
    "create_backend",
    "guess_backend",
]
