"""Adding to a results file: the tasks of an earlier evaluation that this one does not select are kept.

`evalperf run --tasks A` then `evalperf run --tasks B` in one run folder write one results file
holding A and B: the samples store of a run folder only grows, and its results cover it. The
selected tasks are always evaluated (again). An earlier task entry outside the selection is
kept as it is when nothing it depends on changed (with ``evaluate --update``, a selected one
too: only new and changed tasks are evaluated):

- the way it was measured and scored: the config keys KEEP_CONFIG_KEYS (model, samples file,
  sandbox, meter, limits, scoring settings, evalperf version) and, for a deterministic meter,
  the measurement key its counts depend on (evalperf.environment.recorded_measurement_key:
  runner, image, Python build, valgrind, CPU features or their pin), so that results measured
  on another machine of the same kind are kept; for another meter, the whole environment
  fingerprint but the suite hash (which covers the selection);
- the task itself (its content hash, against the suite loaded now);
- its samples (the digest of their lines and code, ``samples_sha256`` in the task entry).

Otherwise the task is evaluated again with the selected ones, so a results file never mixes
measurements taken differently; one whose task or samples are gone is dropped. Each of these
is said in a note. A results file that cannot be read, or holds another model's results (an
``-o`` pointing elsewhere than the run folder), is refused: never overwritten.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from evalperf.environment import recorded_measurement_key
from evalperf.errors import ResultsError
from evalperf.evaluate.samples import Sample
from evalperf.meters.spec import DETERMINISTIC
from evalperf.store.results import read_results
from evalperf.tasks.model import Suite

# What must be equal in the config for an earlier task entry to be kept (not: the samples
# file's hash, which grows with the run, the task selection, the workers, how the meter was probed).
KEEP_CONFIG_KEYS = (
    "model",
    "samples",
    "suite",
    "sandbox",
    "meter_requested",
    "meter",
    "cost_unit",
    "limits",
    "min_correct",
    "max_profiled",
    "alpha",
    "tier_tolerance",
    "evalperf_version",
)
IGNORED_ENVIRONMENT_KEYS = ("suite_hash",)


def samples_digest(samples: Sequence[Sample]) -> str:
    """sha256 of one task's samples: their line in the file, index and code, in order."""
    body = json.dumps([[s.line, s.index, s.solution] for s in samples])
    return hashlib.sha256(body.encode("utf-8", "replace")).hexdigest()


def by_task(samples: Sequence[Sample]) -> dict[str, list[Sample]]:
    """The samples of each task, in file order."""
    grouped: dict[str, list[Sample]] = {}
    for sample in samples:
        grouped.setdefault(sample.task_id, []).append(sample)
    return grouped


def read_earlier(path: Path) -> dict[str, Any] | None:
    """The results file at ``path`` if there is one; ResultsError (never overwritten) if it cannot be read."""
    if not path.exists():
        return None
    try:
        return read_results(path)
    except ResultsError as exc:
        raise ResultsError(
            f"{exc}. This run adds its tasks to the results file there: move that file away, or write "
            "elsewhere (--output)"
        ) from exc


def with_earlier_tasks(suite: Suite, selected: Suite, earlier: dict[str, Any] | None) -> Suite:
    """The selected tasks and the earlier results' tasks still in ``suite``, in suite order."""
    if earlier is None:
        return selected
    wanted = {t.task_id for t in selected.tasks} | set(earlier["tasks"])
    return Suite(suite.name, tuple(t for t in suite.tasks if t.task_id in wanted), suite.authored)


@dataclass
class Merge:
    """What an evaluation adds to: the earlier entries kept, and notes on the others."""

    path: Path
    kept: dict[str, dict[str, Any]] = field(default_factory=dict)  # task id -> earlier entry, as it was
    warnings: list[str] = field(default_factory=list)  # the earlier warnings about kept tasks
    notes: list[str] = field(default_factory=list)  # what happened to the earlier tasks not kept

    def evaluated(self, suite: Suite) -> Suite:
        """The tasks of ``suite`` that are evaluated now (all but the kept ones)."""
        return Suite(suite.name, tuple(t for t in suite.tasks if t.task_id not in self.kept), suite.authored)


def differing_settings(earlier: dict[str, Any], config: dict[str, Any], environment: dict[str, Any]) -> list[str]:
    """The settings an earlier results file was measured otherwise in (empty: its tasks can be kept)."""
    old_config, old_env = earlier["config"], earlier["environment"]
    keys = [k for k in KEEP_CONFIG_KEYS if old_config.get(k) != config.get(k)]
    meter = config.get("meter")
    if isinstance(meter, str) and meter in DETERMINISTIC and old_config.get("meter") == meter:
        old_key = recorded_measurement_key(old_env, meter)
        new_key = recorded_measurement_key(environment, meter)
        return keys + [k for k in sorted(set(old_key) | set(new_key)) if old_key.get(k) != new_key.get(k)]
    names = sorted(set(old_env) | set(environment))
    keys += [k for k in names if k not in IGNORED_ENVIRONMENT_KEYS and old_env.get(k) != environment.get(k)]
    return keys


def plan_merge(
    path: Path,
    earlier: dict[str, Any],
    selected: Sequence[str],
    suite: Suite,
    samples: dict[str, list[Sample]],
    config: dict[str, Any],
    environment: dict[str, Any],
) -> Merge:
    """Which earlier task entries are kept (see the module docstring); ResultsError for another model's file.

    ``suite`` holds the tasks loaded now, ``samples`` the samples read now per task, ``config``
    and ``environment`` what this evaluation will record.
    """
    merge = Merge(path)
    model = earlier["config"].get("model")
    if model != config.get("model"):
        raise ResultsError(
            f"{path} holds the results of another model ({model!r}, not {config.get('model')!r}): this run "
            "would add its tasks to them; move that file away, or write elsewhere (--output)"
        )
    differing = differing_settings(earlier, config, environment)
    again: list[str] = []
    gone: list[str] = []
    for task_id, entry in earlier["tasks"].items():
        if task_id in selected:
            continue
        task = suite.get(task_id)
        if task is None or task_id not in samples:
            gone.append(task_id)
        elif (
            differing
            or entry.get("content_hash") != task.content_hash()
            or entry.get("samples_sha256") != samples_digest(samples[task_id])
        ):
            again.append(task_id)
        else:
            merge.kept[task_id] = entry
    if merge.kept:
        prefixes = tuple(f"{t}:" for t in merge.kept)
        merge.warnings = [w for w in earlier.get("warnings", []) if isinstance(w, str) and w.startswith(prefixes)]
        merge.notes.append(f"kept {len(merge.kept)} task(s) of the earlier results in {path}, unchanged")
    if again:
        why = f"measured otherwise ({', '.join(differing)} differ)" if differing else "changed task or samples"
        merge.notes.append(f"evaluated {len(again)} task(s) of the earlier results again: {why}")
    if gone:
        merge.notes.append(
            f"dropped {len(gone)} task(s) of the earlier results whose task or samples are gone: {', '.join(gone)}"
        )
    return merge
