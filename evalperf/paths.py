"""Where evalperf finds the data it ships (built-in tasks, sandbox recipe, runner) and keeps its cache.

In a source checkout (or an editable install) the shipped folders are the top-level folders
of the repository; in a wheel they are copied under ``evalperf/_data/``. The cache folder is
chosen here and nowhere else (``cache_dir``).
"""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
RUNNER_DIR = PACKAGE_DIR / "_runner"


def resource_dir(name: str) -> Path:
    """Return the folder ``name`` (``tasks``, ``sandboxes``, ``configs``) shipped with evalperf."""
    for candidate in (PACKAGE_DIR / "_data" / name, PACKAGE_DIR.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"evalperf data folder {name!r} not found next to {PACKAGE_DIR}")


# The environment variable that places evalperf's cache (the CLI's --cache-dir sets it too).
CACHE_ENV = "EVALPERF_CACHE_DIR"


def cache_location() -> tuple[Path, str]:
    """evalperf's cache folder and what chose it: $EVALPERF_CACHE_DIR, else $XDG_CACHE_HOME/evalperf, else ~/.cache.

    The folder holds the reference profiles (``references/``), finished test cases of external
    suites (``tests/``), converted suites (``suites/``) and the valgrind meter's region library.
    """
    explicit = os.environ.get(CACHE_ENV)
    if explicit:
        return Path(explicit).expanduser().absolute(), CACHE_ENV
    xdg = os.environ.get("XDG_CACHE_HOME")
    if xdg:
        return Path(xdg).expanduser().absolute() / "evalperf", "XDG_CACHE_HOME"
    return Path.home() / ".cache" / "evalperf", "default"


def cache_dir() -> Path:
    """evalperf's cache folder (see ``cache_location``)."""
    return cache_location()[0]
