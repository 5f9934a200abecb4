"""`--suite NAME[:PATH]`: the registry of suite loaders."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from evalperf.errors import ConfigError
from evalperf.paths import resource_dir
from evalperf.tasks.builtin import load_builtin_suite
from evalperf.tasks.external.coffe import load_coffe
from evalperf.tasks.external.enamel import load_enamel
from evalperf.tasks.external.evalperf_hf import load_evalperf
from evalperf.tasks.external.evalplus import load_mbppplus
from evalperf.tasks.model import Suite

CURATED_FOLDER = "evalperf-curated"  # under tasks/: EvalPerf's tasks curated here (tasks/evalperf-curated/README.md)


def load_evalperf_curated(path: Path | None) -> Suite:
    """The shipped suite curated by `evalperf curate` from EvalPerf's pool (or such a folder at PATH)."""
    return load_builtin_suite(path if path is not None else resource_dir("tasks") / CURATED_FOLDER)


_LOADERS: dict[str, Callable[[Path | None], Suite]] = {
    "builtin": load_builtin_suite,
    "evalperf-curated": load_evalperf_curated,
    "evalperf": load_evalperf,
    "enamel": load_enamel,
    "coffe": load_coffe,
    "mbppplus": load_mbppplus,
}


def suite_names() -> list[str]:
    """Names accepted by --suite."""
    return sorted(_LOADERS)


def load_suite(spec: str) -> Suite:
    """Load the suite ``NAME`` or ``NAME:PATH`` (PATH: a local copy of the suite's data)."""
    name, _, location = spec.partition(":")
    loader = _LOADERS.get(name)
    if loader is None:
        raise ConfigError(f"unknown suite {name!r}; choose one of {', '.join(suite_names())}")
    path = Path(location).expanduser() if location else None
    if path is not None and not path.exists():
        raise ConfigError(f"suite {name}: {path} does not exist")
    return loader(path)
