"""`replay:PATH`: answers with completions recorded in a JSON-lines file, so the pipeline runs with no model.

A line is ``{"task_id": ..., "raw": "<model output>"}``, optionally with ``"index"`` (the
sample number; default: order of appearance within the task), ``"turns"`` (the outputs of
each stage of a multi-stage prompt style, last one the code), ``"finish_reason"`` and
``"usage"``. A samples file written by `evalperf generate` is itself a valid recording.
Sample ``i`` of a task gets the recording's ``i``-th completion for that task; asking for
more samples than were recorded is an error, never a silent repeat.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from evalperf.errors import GenerationError, RequestError
from evalperf.generate.backends.base import Backend, BackendConfig, Completion, Request

PREFIX = "replay:"


def replay_path(model: str) -> Path:
    """The recording named by ``replay:PATH`` (or by a bare path)."""
    return Path(model.removeprefix(PREFIX)).expanduser()


class _Recorded:
    def __init__(self, turns: list[str], finish_reason: str | None, usage: dict[str, Any] | None) -> None:
        self.turns = turns
        self.finish_reason = finish_reason
        self.usage = usage or {}


def _turns(record: dict[str, Any], where: str) -> list[str]:
    turns = record.get("turns")
    if isinstance(turns, list) and turns and all(isinstance(t, str) for t in turns):
        return list(turns)
    raw = record.get("raw")
    if isinstance(raw, str):
        return [raw]
    raise GenerationError(f"{where}: a recorded completion needs 'raw' (a string) or 'turns' (a list of strings)")


def load_recording(path: Path) -> dict[str, list[_Recorded]]:
    """Read a recording: per task, its completions in sample order."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise GenerationError(f"cannot read the replay file {path}: {exc.strerror}") from exc
    indexed: dict[str, dict[int, _Recorded]] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise GenerationError(f"{where}: not valid JSON ({exc.msg})") from exc
        if not isinstance(record, dict) or not isinstance(record.get("task_id"), str):
            raise GenerationError(f"{where}: a recorded completion needs a 'task_id'")
        task = indexed.setdefault(record["task_id"], {})
        index = record.get("index", len(task))
        if not isinstance(index, int) or index < 0 or index in task:
            raise GenerationError(f"{where}: bad or repeated sample index {index!r} for {record['task_id']}")
        usage = record.get("usage") if isinstance(record.get("usage"), dict) else None
        finish = record.get("finish_reason") if isinstance(record.get("finish_reason"), str) else "stop"
        task[index] = _Recorded(_turns(record, where), finish, usage)
    if not indexed:
        raise GenerationError(f"the replay file {path} holds no completion")
    recording: dict[str, list[_Recorded]] = {}
    for task_id, by_index in indexed.items():
        if sorted(by_index) != list(range(len(by_index))):
            raise GenerationError(f"{path}: the sample indexes of {task_id} are not 0..{len(by_index) - 1}")
        recording[task_id] = [by_index[i] for i in range(len(by_index))]
    return recording


class ReplayBackend(Backend):
    """Serves recorded completions by (task, sample index, stage)."""

    name = "replay"
    batch_size = 1

    def __init__(self, config: BackendConfig) -> None:
        super().__init__(config)
        self.path = replay_path(config.model)
        self._recording = load_recording(self.path)

    def recorded_samples(self) -> dict[str, int]:
        """How many completions each task has in the recording."""
        return {task_id: len(items) for task_id, items in self._recording.items()}

    def complete(self, requests: Sequence[Request]) -> list[Completion]:
        """The recorded answers."""
        return [self._one(r) for r in requests]

    def _one(self, request: Request) -> Completion:
        items = self._recording.get(request.task_id)
        if items is None:
            raise RequestError(f"the replay file {self.path} has no completion for task {request.task_id}")
        if request.index >= len(items):
            raise RequestError(
                f"the replay file {self.path} has {len(items)} completion(s) for {request.task_id}, "
                f"not sample {request.index + 1}: ask for --n-samples {len(items)} or fewer"
            )
        item = items[request.index]
        # align the recorded turns to the end: the last one answers the last stage
        position = len(item.turns) - (request.stages - request.stage)
        text = item.turns[position] if position >= 0 else ""
        last = request.stage == request.stages - 1
        usage = item.usage if last else {}
        return Completion(
            text,
            item.finish_reason if last else "stop",
            usage.get("prompt_tokens"),
            usage.get("completion_tokens"),
        )

    def describe(self) -> dict[str, Any]:
        """The recording played back."""
        return {"recording": str(self.path)}
