"""The run journal: every finished job appended as one JSON line and fsynced, so a killed run resumes.

The journal lives beside the results file (``results.json`` -> ``results.journal.jsonl``).
Its first line is a header saying what the run is; every later line is one finished job:

    {"job": "reference", "task": ID, "tier": K, "profile": {...}}
    {"job": "check", "task": ID, "index": I, "sha": S, "verdict": {"status": .., "message": .., "refused": {..}}}
    {"job": "profile", "task": ID, "index": I, "sha": S, "profile": {...}}

``sha`` is a digest of the sample's code, so a record never lands on another solution.
A line is written whole, flushed and fsynced before the job counts as done; a SIGKILL can
leave at most one cut-off last line, which reopening drops (that job runs again). A job is
recorded once: reopening keeps the first record of a key and the pipeline only runs jobs
that have none. Once the results file is written the journal is removed.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from evalperf.errors import ConfigError, OutputError, ResultsError
from evalperf.evaluate.judge import Verdict
from evalperf.evaluate.profile import Profile

SCHEMA = "evalperf.journal/1"
SUFFIX = ".journal.jsonl"
# the header fields that define the jobs' results; a resumed run must keep them all
IDENTITY_KEYS = ("samples_sha256", "suite", "suite_hash", "meter_requested", "meter", "measurement", "limits")
# the part of the identity known before the sandbox starts (to find an interrupted run)
SEARCH_KEYS = ("samples_sha256", "suite_hash", "meter_requested", "limits")


def journal_path(results_path: Path) -> Path:
    """Where the journal of the run that writes ``results_path`` lives."""
    return results_path.with_name(results_path.stem + SUFFIX)


def code_digest(code: str) -> str:
    """A short digest of a sample's code (records are checked against it)."""
    return hashlib.sha256(code.encode("utf-8", "replace")).hexdigest()[:16]


def _read_lines(path: Path) -> tuple[list[dict[str, Any]], int]:
    """The parsed complete lines of ``path`` and the byte length they span (a cut-off tail excluded)."""
    data = path.read_bytes()
    keep = data.rfind(b"\n") + 1  # a last line without its newline was cut by a kill
    records = []
    for line in data[:keep].splitlines():
        try:
            record = json.loads(line)
        except ValueError:
            continue
        if isinstance(record, dict):
            records.append(record)
    return records, keep


def find_unfinished(folder: Path, stem: str, identity: dict[str, Any]) -> Path | None:
    """The results path of an interrupted run of ``stem``-*.json in ``folder`` with the same identity."""
    wanted = {k: identity.get(k) for k in SEARCH_KEYS}
    for path in sorted(folder.glob(f"{stem}-*{SUFFIX}"), reverse=True):
        try:
            records, _ = _read_lines(path)
        except OSError:
            continue
        if records and {k: records[0].get(k) for k in SEARCH_KEYS} == wanted:
            return path.with_name(path.name[: -len(SUFFIX)] + ".json")
    return None


def _verdict_from_record(body: dict[str, Any]) -> Verdict:
    refused = body.get("refused") or {}
    if not isinstance(refused, dict):
        raise ValueError("refused is not a mapping")
    counts = {str(k): int(v) for k, v in refused.items()}
    return Verdict(str(body["status"]), str(body["message"]), counts)


class Journal:
    """An open journal: the jobs already finished, and an append handle for new ones."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.references: dict[tuple[str, int], Profile] = {}
        self.verdicts: dict[tuple[str, int], tuple[str, Verdict]] = {}
        self.profiles: dict[tuple[str, int], tuple[str, Profile]] = {}
        self.reused = 0  # records taken from an earlier, interrupted run
        self.repaired = False
        self._handle: IO[bytes] | None = None
        self._lock = threading.Lock()

    @classmethod
    def open(cls, path: Path, header: dict[str, Any]) -> Journal:
        """Create the journal, or resume it; ConfigError if it belongs to a run with other settings."""
        journal = cls(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            if path.exists():
                journal._resume(header)
            handle = path.open("ab")
            journal._handle = handle
            if handle.tell() == 0:
                journal._append({"schema": SCHEMA, **header})
        except OSError as exc:
            raise OutputError(f"cannot open the run journal {path}: {exc.strerror}") from exc
        return journal

    def _resume(self, header: dict[str, Any]) -> None:
        records, keep = _read_lines(self.path)
        if keep < self.path.stat().st_size:
            with self.path.open("r+b") as handle:
                handle.truncate(keep)
            self.repaired = True
        if not records:
            return
        first = records[0]
        if first.get("schema") != SCHEMA:
            raise ResultsError(f"{self.path} is not an evalperf run journal: delete it to start over")
        differing = [k for k in IDENTITY_KEYS if first.get(k) != header.get(k)]
        if differing:
            raise ConfigError(
                f"{self.path} belongs to an interrupted run with other settings ({', '.join(differing)} differ): "
                "write elsewhere (-o/--output), or delete that file to start over"
            )
        for record in records[1:]:
            self._load(record)

    def _load(self, record: dict[str, Any]) -> None:
        try:
            job, task = record["job"], str(record["task"])
            if job == "reference":
                key = (task, int(record["tier"]))
                if key not in self.references:
                    self.references[key] = Profile.from_record(record["profile"])
                    self.reused += 1
            elif job == "check":
                key = (task, int(record["index"]))
                verdict = record["verdict"]
                if key not in self.verdicts:
                    self.verdicts[key] = (str(record["sha"]), _verdict_from_record(verdict))
                    self.reused += 1
            elif job == "profile":
                key = (task, int(record["index"]))
                if key not in self.profiles:
                    self.profiles[key] = (str(record["sha"]), Profile.from_record(record["profile"]))
                    self.reused += 1
        except (KeyError, TypeError, ValueError):
            return  # not a record this version writes: the job simply runs again

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def _append(self, record: dict[str, Any]) -> None:
        if self._handle is None:
            raise ResultsError(f"the run journal {self.path} is not open")
        line = (json.dumps(record) + "\n").encode("utf-8")
        with self._lock:
            try:
                self._handle.write(line)
                self._handle.flush()
                os.fsync(self._handle.fileno())
            except OSError as exc:
                raise OutputError(f"cannot write to the run journal {self.path}: {exc.strerror}") from exc

    def reference(self, task_id: str, tier: int) -> Profile | None:
        """The recorded profile of a reference tier, or None."""
        return self.references.get((task_id, tier))

    def verdict(self, task_id: str, index: int, sha: str) -> Verdict | None:
        """The recorded verdict of a sample whose code has digest ``sha``, or None."""
        found = self.verdicts.get((task_id, index))
        return found[1] if found is not None and found[0] == sha else None

    def profile(self, task_id: str, index: int, sha: str) -> Profile | None:
        """The recorded profile of a sample whose code has digest ``sha``, or None."""
        found = self.profiles.get((task_id, index))
        return found[1] if found is not None and found[0] == sha else None

    def add_reference(self, task_id: str, tier: int, profile: Profile) -> None:
        """Record a measured reference tier."""
        self._append({"job": "reference", "task": task_id, "tier": tier, "profile": profile.to_record()})
        self.references[(task_id, tier)] = profile

    def add_verdict(self, task_id: str, index: int, sha: str, verdict: Verdict) -> None:
        """Record a checked sample."""
        body: dict[str, Any] = {"status": verdict.status, "message": verdict.message}
        if verdict.refused:
            body["refused"] = verdict.refused
        self._append({"job": "check", "task": task_id, "index": index, "sha": sha, "verdict": body})
        self.verdicts[(task_id, index)] = (sha, verdict)

    def add_profile(self, task_id: str, index: int, sha: str, profile: Profile) -> None:
        """Record a profiled sample."""
        self._append({"job": "profile", "task": task_id, "index": index, "sha": sha, "profile": profile.to_record()})
        self.profiles[(task_id, index)] = (sha, profile)

    def close(self) -> None:
        """Close the append handle."""
        if self._handle is not None:
            self._handle.close()
            self._handle = None

    def remove(self) -> None:
        """Close and delete the journal (the results file now holds everything)."""
        self.close()
        try:
            self.path.unlink()
        except FileNotFoundError:
            pass
        except OSError as exc:
            raise OutputError(f"cannot remove the run journal {self.path}: {exc.strerror}") from exc
