"""The samples store: ``<results>/<model>/<run>/`` with ``run.json`` and ``samples.jsonl``.

``samples.jsonl`` gets one line per finished sample, appended and flushed as soon as it is
known, so a killed generation loses at most the requests in flight. On reopening, a cut-off
last line is removed, the samples already there are skipped, and the run's settings must
match the ones it was started with (``run.json``): a run never mixes samples drawn
differently. The lines are also a valid samples file for `evalperf evaluate` (``task_id`` and
``solution``, the sanitized code) and a valid replay recording (``raw``).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from evalperf.errors import ConfigError, OutputError, ResultsError
from evalperf.store.outputs import write_atomic

MANIFEST = "run.json"
SAMPLES = "samples.jsonl"
SCHEMA = "evalperf.generation/1"
# the settings that define what a sample is; a resumed run must keep them
IDENTITY_KEYS = ("model", "backend", "prompt_style", "prompt_sha256", "n_samples", "sampling")


def slug(name: str) -> str:
    """A folder name for a model or run name ("org/model:tag" -> "org--model_tag")."""
    text = name.strip().replace("/", "--")
    text = re.sub(r"[^A-Za-z0-9._-]+", "_", text).strip("._")
    return text[:120] or "model"


class SampleStore:
    """An open run folder: the samples already done, and an append handle for new ones."""

    def __init__(self, run_dir: Path) -> None:
        self.run_dir = run_dir
        self.path = run_dir / SAMPLES
        self.manifest_path = run_dir / MANIFEST
        self.done: set[tuple[str, int]] = set()
        self.repaired = False
        self._handle: IO[str] | None = None

    def open(self, manifest: dict[str, Any]) -> SampleStore:
        """Create or resume the run; ConfigError if it was started with other settings."""
        try:
            self.run_dir.mkdir(parents=True, exist_ok=True)
            if self.manifest_path.exists():
                self._check_manifest(manifest)
            else:
                self._write_manifest(manifest)
            self._load()
            self._handle = self.path.open("a", encoding="utf-8")
        except OSError as exc:
            raise OutputError(f"cannot open the samples store {self.run_dir}: {exc.strerror}") from exc
        return self

    def __enter__(self) -> SampleStore:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def _write_manifest(self, manifest: dict[str, Any]) -> None:
        body = {"schema": SCHEMA, **manifest}
        write_atomic(self.manifest_path, json.dumps(body, indent=1) + "\n", "the run manifest")

    def _check_manifest(self, manifest: dict[str, Any]) -> None:
        try:
            existing = json.loads(self.manifest_path.read_text(encoding="utf-8"))
        except ValueError as exc:
            raise ResultsError(f"{self.manifest_path} is not valid JSON: delete the run folder to start over") from exc
        differing = [k for k in IDENTITY_KEYS if existing.get(k) != manifest.get(k)]
        if differing:
            changes = "; ".join(f"{k}: {existing.get(k)!r} -> {manifest.get(k)!r}" for k in differing)
            raise ConfigError(
                f"the run in {self.run_dir} was started with other settings ({changes}); "
                "give another --run name, or delete that folder to start over"
            )

    def _load(self) -> None:
        """Read the samples already done; drop a cut-off last line left by a killed run."""
        if not self.path.exists():
            return
        data = self.path.read_bytes()
        if data and not data.endswith(b"\n"):
            keep = data.rfind(b"\n") + 1
            with self.path.open("r+b") as handle:
                handle.truncate(keep)
            data = data[:keep]
            self.repaired = True
        for line in data.decode("utf-8", errors="replace").splitlines():
            try:
                record = json.loads(line)
            except ValueError:
                continue
            if isinstance(record, dict) and isinstance(record.get("task_id"), str):
                index = record.get("index")
                if isinstance(index, int):
                    self.done.add((record["task_id"], index))

    def append(self, record: dict[str, Any]) -> None:
        """Write one finished sample (flushed at once)."""
        if self._handle is None:
            raise ResultsError(f"the samples store {self.run_dir} is not open")
        try:
            # ASCII only: a raw U+2028 would split the line for readers that use str.splitlines
            self._handle.write(json.dumps(record) + "\n")
            self._handle.flush()
        except OSError as exc:
            raise OutputError(f"cannot write to {self.path}: {exc.strerror}") from exc
        self.done.add((record["task_id"], record["index"]))

    def close(self) -> None:
        """Close the append handle."""
        if self._handle is not None:
            self._handle.close()
            self._handle = None
