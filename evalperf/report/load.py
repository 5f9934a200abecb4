"""Reading results files for comparison, and refusing to mix what cannot be compared.

Costs, and so DPS and eff@k, are only comparable between runs that used the same meter on
the same task suite (evalperf.environment.MUST_MATCH); runs that differ there are refused,
or with ``allow_mixed`` kept with a warning. Differences in the rest of the environment
(SHOULD_MATCH: CPU, Python, sandbox image...) only warn: every run measured its own
reference tiers, so its scores are relative to them. So does a difference in how the runs
were scored (CONFIG_SHOULD_MATCH: the tier-matching tolerance).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from evalperf.environment import MUST_MATCH, SHOULD_MATCH, lookup
from evalperf.errors import ResultsError
from evalperf.store.results import read_results

# Scoring settings of a results file's config that change scores (not costs); runs that differ
# in one are compared with a warning. A file written before a key existed has the value here.
CONFIG_SHOULD_MATCH: dict[str, Any] = {"tier_tolerance": 0.0}


@dataclass(frozen=True)
class Run:
    """One results file and the model name it stands for in comparisons."""

    model: str
    path: Path
    document: dict[str, Any]

    @property
    def tasks(self) -> dict[str, Any]:
        """The per-task records of the results file."""
        tasks: dict[str, Any] = self.document["tasks"]
        return tasks

    @property
    def environment(self) -> dict[str, Any]:
        """The environment fingerprint of the results file."""
        env: dict[str, Any] = self.document.get("environment", {})
        return env

    def setting(self, key: str) -> Any:
        """A scoring setting of the config (CONFIG_SHOULD_MATCH), with its value for older files."""
        config = self.document.get("config", {})
        return config.get(key, CONFIG_SHOULD_MATCH.get(key)) if isinstance(config, dict) else None

    @property
    def fell_back(self) -> bool:
        """True when `--meter auto` found no instruction counter and the run measured with `time`."""
        choice = self.document.get("config", {}).get("meter_choice")
        return isinstance(choice, dict) and bool(choice.get("fell_back"))

    @property
    def tier_tolerance(self) -> float:
        """The relative tolerance the run matched tiers with (0.0: the exact rule, and older files)."""
        value = self.setting("tier_tolerance")
        return float(value) if isinstance(value, (int, float)) else 0.0


def model_name(document: dict[str, Any], path: Path) -> str:
    """The model a results document is about (config.model; older files: the samples file's name)."""
    config = document.get("config", {})
    name = config.get("model")
    if isinstance(name, str) and name:
        return name
    samples = config.get("samples")
    return Path(samples).stem if isinstance(samples, str) and samples else path.stem


def load_runs(paths: Sequence[Path]) -> list[Run]:
    """Read every results file; models of the same name get the file name added to stay apart."""
    if not paths:
        raise ResultsError("no results file given")
    documents = [(path, read_results(path)) for path in paths]
    names = [model_name(doc, path) for path, doc in documents]
    counts = Counter(names)
    runs = []
    for (path, doc), name in zip(documents, names):
        label = f"{name} ({path.stem})" if counts[name] > 1 else name
        runs.append(Run(label, path, doc))
    labels = Counter(r.model for r in runs)
    if any(c > 1 for c in labels.values()):
        runs = [Run(f"{r.model} #{i + 1}", r.path, r.document) for i, r in enumerate(runs)]
    return runs


def _values(runs: Sequence[Run], key: str, in_config: bool = False) -> dict[str, list[str]]:
    grouped: dict[str, list[str]] = {}
    for run in runs:
        value = run.setting(key) if in_config else lookup(run.environment, key)
        grouped.setdefault(str(value), []).append(run.model)
    return grouped


def _describe(key: str, grouped: dict[str, list[str]]) -> str:
    parts = "; ".join(
        f"{value[:16] if key == 'suite_hash' else value}: {', '.join(models)}" for value, models in grouped.items()
    )
    return f"{key} differs ({parts})"


def check_comparable(runs: Sequence[Run], allow_mixed: bool = False) -> list[str]:
    """Warnings about environment differences; ResultsError for different meters or suites.

    With ``allow_mixed`` a different meter or suite is a warning too.
    """
    warnings = []
    for key in MUST_MATCH:
        grouped = _values(runs, key)
        if len(grouped) > 1:
            message = _describe(key, grouped)
            if not allow_mixed:
                raise ResultsError(
                    f"{message}: scores measured with different meters or on different task suites are not "
                    "comparable (pass --allow-mixed to compare them anyway)"
                )
            warnings.append(f"{message}: these scores are not comparable")
    for key in SHOULD_MATCH:
        grouped = _values(runs, key)
        if len(grouped) > 1:
            warnings.append(_describe(key, grouped) + ": each run is scored against its own reference tiers")
    for key in CONFIG_SHOULD_MATCH:
        grouped = _values(runs, key, in_config=True)
        if len(grouped) > 1:
            warnings.append(_describe(key, grouped) + ": the runs matched costs to tiers with different slack")
    return warnings
