"""Reading results files for comparison, and refusing to mix what cannot be compared.

Runs are compared on the tasks they share (every run has a record of the task), whatever
task selection (`--tasks`) produced them; the tasks only some runs have are left out, and
said so. What makes scores incomparable is refused, or with ``allow_mixed`` kept with a
warning: a different meter (evalperf.environment.MUST_MATCH: costs of different meters never
mix), or a shared task whose content differs (its ``content_hash``: another version of the
task or of its suite). Differences in the rest of the environment (SHOULD_MATCH: CPU, Python,
sandbox image...) only warn: every run measured its own reference tiers, so its scores are
relative to them. So does a difference in how the runs were scored (CONFIG_SHOULD_MATCH: the
tier-matching tolerance).

Results files of schema evalperf.results/1 all carry per-task content hashes; a task record
without one (a hand-edited file) is compared by the suite hash of its run, the rule before.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from evalperf.environment import MUST_MATCH, SHOULD_MATCH, lookup
from evalperf.errors import ResultsError
from evalperf.store.results import read_results

# Scoring settings of a results file's config that change scores (not costs); runs that differ
# in one are compared with a warning. A file written before a key existed has the value here.
CONFIG_SHOULD_MATCH: dict[str, Any] = {"tier_tolerance": 0.0}
SHOWN_IDS = 5  # task ids named in a message before "and N more"


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

    def restricted(self, task_ids: Sequence[str]) -> Run:
        """The same run with only these tasks (the summary is not recomputed: comparisons use the tasks)."""
        tasks = self.tasks
        return Run(self.model, self.path, {**self.document, "tasks": {t: tasks[t] for t in task_ids}})


def model_name(document: dict[str, Any], path: Path) -> str:
    """The model a results document is about (config.model; older files: the samples file's name)."""
    config = document.get("config", {})
    name = config.get("model")
    if isinstance(name, str) and name:
        return name
    samples = config.get("samples")
    return Path(samples).stem if isinstance(samples, str) and samples else path.stem


def _created(document: dict[str, Any], seconds: bool) -> str:
    try:
        when = datetime.fromisoformat(str(document.get("created")))
    except ValueError:
        return ""
    return when.strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")


# Ways to tell runs of one model apart, most readable first: the file's name, its run folder
# (`evalperf run` writes results.json in each), when it was written, its path.
_TAGS: tuple[Callable[[Path, dict[str, Any], bool], str], ...] = (
    lambda path, doc, same_stem: path.stem,
    lambda path, doc, same_stem: path.parent.name if same_stem else f"{path.parent.name}/{path.stem}",
    lambda path, doc, same_stem: _created(doc, seconds=False),
    lambda path, doc, same_stem: _created(doc, seconds=True),
    lambda path, doc, same_stem: str(path),
)


def _labels(names: list[str], documents: list[tuple[Path, dict[str, Any]]]) -> list[str]:
    """Each run's model name, with the first tag that tells apart the runs of the same model."""
    labels = list(names)
    for name, count in Counter(names).items():
        if count < 2:
            continue
        members = [i for i, n in enumerate(names) if n == name]
        same_stem = len({documents[i][0].stem for i in members}) == 1
        for tag in _TAGS:
            tags = [tag(*documents[i], same_stem) for i in members]
            if all(tags) and len(set(tags)) == len(tags):
                for i, text in zip(members, tags):
                    labels[i] = f"{name} ({text})"
                break
    # still equal: the same file given twice, or a tag equal to another model's name
    counts, seen = Counter(labels), Counter[str]()
    for i, label in enumerate(labels):
        if counts[label] > 1:
            seen[label] += 1
            labels[i] = f"{label} #{seen[label]}"
    return labels


def load_runs(paths: Sequence[Path]) -> list[Run]:
    """Read every results file; runs of the same model get a tag that tells them apart (file, folder, time)."""
    if not paths:
        raise ResultsError("no results file given")
    documents = [(path, read_results(path)) for path in paths]
    labels = _labels([model_name(doc, path) for path, doc in documents], documents)
    return [Run(label, path, doc) for (path, doc), label in zip(documents, labels)]


def _values(runs: Sequence[Run], key: str, in_config: bool = False) -> dict[str, list[str]]:
    grouped: dict[str, list[str]] = {}
    for run in runs:
        value = run.setting(key) if in_config else lookup(run.environment, key)
        grouped.setdefault(str(value), []).append(run.model)
    return grouped


def _describe(key: str, grouped: dict[str, list[str]]) -> str:
    parts = "; ".join(f"{value}: {', '.join(models)}" for value, models in grouped.items())
    return f"{key} differs ({parts})"


def _ids(task_ids: Sequence[str]) -> str:
    shown = ", ".join(task_ids[:SHOWN_IDS])
    return shown + (f" and {len(task_ids) - SHOWN_IDS} more" if len(task_ids) > SHOWN_IDS else "")


def _content_differs(runs: Sequence[Run], task_id: str) -> bool:
    hashes = [run.tasks[task_id].get("content_hash") for run in runs]
    if any(not isinstance(h, str) for h in hashes):
        hashes = [lookup(run.environment, "suite_hash") for run in runs]
    return len({str(h) for h in hashes}) > 1


@dataclass(frozen=True)
class Comparison:
    """Runs made comparable: each restricted to the tasks all share, and what was left out."""

    runs: list[Run]
    shared: list[str]  # the task ids every run has, in the first run's order
    left_out: dict[str, list[str]]  # per model, its tasks that not every run has
    warnings: list[str]


def compare_runs(runs: Sequence[Run], allow_mixed: bool = False, override: str | None = None) -> Comparison:
    """Restrict ``runs`` to their shared tasks; ResultsError for a different meter or task content.

    With ``allow_mixed`` those differences are warnings. ``override`` names the caller's way
    around a refusal (the CLI's option), added to the error message when given.
    """
    hint = f" (pass {override} to compare them anyway)" if override else ""
    warnings = []

    def refuse(message: str) -> None:
        if not allow_mixed:
            raise ResultsError(f"{message}{hint}")
        warnings.append(f"{message}: these scores are not comparable")

    for key in MUST_MATCH:
        grouped = _values(runs, key)
        if len(grouped) > 1:
            refuse(f"{_describe(key, grouped)}: scores measured with different meters are not comparable")
    present = [set(run.tasks) for run in runs]
    shared = [t for t in runs[0].tasks if all(t in tasks for tasks in present[1:])]
    if not shared and len(runs) > 1:
        counts = "; ".join(f"{run.model}: {len(run.tasks)} task(s)" for run in runs)
        raise ResultsError(f"the runs have no task in common ({counts}): there is nothing to compare")
    differing = [t for t in shared if _content_differs(runs, t)]
    if differing:
        refuse(
            f"{len(differing)} shared task(s) differ in content between the runs ({_ids(differing)}): they were "
            "scored on other versions of the tasks or of their suite"
        )
    for key in SHOULD_MATCH:
        grouped = _values(runs, key)
        if len(grouped) > 1:
            warnings.append(_describe(key, grouped) + ": each run is scored against its own reference tiers")
    for key in CONFIG_SHOULD_MATCH:
        grouped = _values(runs, key, in_config=True)
        if len(grouped) > 1:
            warnings.append(_describe(key, grouped) + ": the runs matched costs to tiers with different slack")
    common = set(shared)
    left_out = {run.model: [t for t in run.tasks if t not in common] for run in runs}
    left_out = {model: ids for model, ids in left_out.items() if ids}
    if left_out:
        parts = "; ".join(f"{model}: {len(ids)} ({_ids(ids)})" for model, ids in left_out.items())
        warnings.append(f"compared on the {len(shared)} task(s) every run has; left out: {parts}")
    return Comparison([run.restricted(shared) for run in runs], shared, left_out, warnings)
