"""The run journal on its own: records survive reopening, a cut-off line is dropped, settings are kept."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evalperf.errors import ConfigError
from evalperf.evaluate.judge import Verdict
from evalperf.evaluate.profile import Profile
from evalperf.store.journal import Journal, find_unfinished, journal_path

HEADER = {
    "samples_sha256": "abc",
    "suite": "builtin",
    "suite_hash": "def",
    "meter_requested": "auto",
    "meter": "valgrind",
    "measurement": {"python": "3.11"},
    "limits": {"wall_s": 10.0},
}
PROFILE = Profile("ok", (1.0, 2.5), ("d1", "d2"), "", ({"n": 1}, {}))


def test_records_come_back_equal_after_reopening(tmp_path: Path) -> None:
    path = journal_path(tmp_path / "run.json")
    assert path.name == "run.journal.jsonl"
    with Journal.open(path, HEADER) as journal:
        journal.add_reference("t", 0, PROFILE)
        journal.add_verdict("t", 3, "sha3", Verdict("fail", "test 1: wrong output 0"))
        journal.add_profile("t", 4, "sha4", Profile("wrong-output", (7.0, None), ("x", None), "level 1 differs"))
    with Journal.open(path, HEADER) as again:
        assert again.reused == 3 and not again.repaired
        assert again.reference("t", 0) == PROFILE and again.reference("t", 0).stats == PROFILE.stats  # type: ignore[union-attr]
        assert again.verdict("t", 3, "sha3") == Verdict("fail", "test 1: wrong output 0")
        assert again.verdict("t", 3, "other code") is None  # a record never lands on another solution
        assert again.profile("t", 4, "sha4") == Profile("wrong-output", (7.0, None), ("x", None), "level 1 differs")
    assert len(path.read_text().splitlines()) == 4  # the header once, three jobs


def test_a_cut_off_last_line_is_dropped_and_duplicates_are_ignored(tmp_path: Path) -> None:
    path = tmp_path / "run.journal.jsonl"
    with Journal.open(path, HEADER) as journal:
        journal.add_verdict("t", 0, "s", Verdict("pass"))
    with path.open("ab") as handle:  # a second record of the same job, then a line cut by a kill
        handle.write(
            (
                json.dumps(
                    {
                        "job": "check",
                        "task": "t",
                        "index": 0,
                        "sha": "s",
                        "verdict": {"status": "error", "message": "later"},
                    }
                )
                + "\n"
            ).encode()
        )
        handle.write(b'{"job": "check", "task": "t", "index": 1, "sh')
    with Journal.open(path, HEADER) as again:
        assert again.repaired and again.verdict("t", 0, "s") == Verdict("pass")
        assert again.verdict("t", 1, "s") is None
        again.add_verdict("t", 1, "s", Verdict("pass"))
    lines = path.read_text().splitlines()
    assert all(json.loads(line) for line in lines) and len(lines) == 4


def test_a_journal_of_other_settings_is_refused_and_found_by_its_settings(tmp_path: Path) -> None:
    path = tmp_path / "samples-20250101-000000.journal.jsonl"
    Journal.open(path, HEADER).close()
    with pytest.raises(ConfigError, match="meter differ"):
        Journal.open(path, {**HEADER, "meter": "time"})
    found = find_unfinished(tmp_path, "samples", HEADER)
    assert found == tmp_path / "samples-20250101-000000.json"
    assert find_unfinished(tmp_path, "samples", {**HEADER, "samples_sha256": "changed"}) is None
    Journal(path).remove()
    assert not path.exists()
