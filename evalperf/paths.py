"""Where evalperf finds the data it ships: the built-in tasks, the sandbox recipe, the runner.

In a source checkout (or an editable install) these are the top-level folders of the
repository; in a wheel they are copied under ``evalperf/_data/``.
"""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
RUNNER_DIR = PACKAGE_DIR / "_runner"


def resource_dir(name: str) -> Path:
    """Return the folder ``name`` (``tasks``, ``sandboxes``, ``configs``) shipped with evalperf."""
    for candidate in (PACKAGE_DIR / "_data" / name, PACKAGE_DIR.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"evalperf data folder {name!r} not found next to {PACKAGE_DIR}")
