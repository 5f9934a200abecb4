"""Reading a data set from the Hugging Face hub through ``datasets`` (optional, imported lazily)."""

from __future__ import annotations

from typing import Any

from evalperf.errors import ConfigError


def hub_rows(dataset: str, split: str, suite: str, offline: str) -> list[dict[str, Any]]:
    """The rows of ``dataset`` (``split``); ConfigError naming the offline alternative if unreachable."""
    try:
        import datasets
    except ImportError as exc:
        raise ConfigError(
            f"suite {suite}: reading {dataset} from the Hugging Face hub needs the 'datasets' package "
            f"(pip install 'evalperf[datasets]'); without network access, {offline}"
        ) from exc
    try:
        loaded = datasets.load_dataset(dataset, split=split)
    except Exception as exc:  # datasets raises many kinds (connection, offline mode, missing data set)
        raise ConfigError(
            f"suite {suite}: cannot load {dataset} (split {split}) from the Hugging Face hub "
            f"({type(exc).__name__}: {exc}); {offline}"
        ) from exc
    return [dict(row) for row in loaded]
