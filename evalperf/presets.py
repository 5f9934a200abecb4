"""Run presets (configs/*.toml): defaults for command options, read once by the CLI."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from evalperf.errors import ConfigError
from evalperf.paths import resource_dir

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

EVALUATE_KEYS = frozenset({"min_correct", "max_profiled", "meter", "sandbox", "jobs", "timeout", "memory_mb"})
GENERATE_KEYS = frozenset(
    {"n_samples", "temperature", "top_p", "max_tokens", "prompt_style", "seed", "concurrency", "request_timeout"}
)
_SECTION_KEYS = {"evaluate": EVALUATE_KEYS, "generate": GENERATE_KEYS}


def load_preset(spec: str, section: str) -> dict[str, Any]:
    """The ``section`` table of a preset given by path or by name (``quick`` = configs/quick.toml)."""
    path = Path(spec)
    if not path.is_file():
        path = resource_dir("configs") / f"{spec.removesuffix('.toml')}.toml"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"cannot read preset {spec!r}: {exc.strerror}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"preset {path}: {exc}") from exc
    table = data.get(section, {})
    if not isinstance(table, dict):
        raise ConfigError(f"preset {path}: [{section}] must be a table")
    known = _SECTION_KEYS.get(section)
    unknown = set(table) - known if known is not None else set()
    if unknown:
        raise ConfigError(f"preset {path}: unknown keys in [{section}]: {', '.join(sorted(unknown))}")
    return table
