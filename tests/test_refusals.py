"""Refused operations per sample: read from the worker's response, carried by the verdict, journaled."""

from __future__ import annotations

from pathlib import Path

from evalperf.evaluate.judge import Verdict, judge, merge_refusals
from evalperf.evaluate.pipeline import SampleOutcome
from evalperf.evaluate.samples import Sample
from evalperf.sandbox.base import JobResult
from evalperf.store.journal import Journal, journal_path
from evalperf.tasks.builtin import load_builtin_suite

SUITE_DIR = Path(__file__).parent / "data" / "mini_suite"
HEADER = {"samples_sha256": "abc", "suite": "builtin", "suite_hash": "def", "meter": "time"}
REFUSED = {"network access": 3, "writing files": 1}


def test_job_result_reads_refusals_defensively() -> None:
    response = {
        "status": "ok",
        "refused": {"network access": 2, "ctypes": 0, "bad": -1, "float": 1.5, "flag": True, 7: 1},
    }
    assert JobResult.from_response(response).refused == {"network access": 2, "ctypes": 0}
    assert JobResult.from_response({"status": "ok"}).refused == {}
    assert JobResult.from_response({"status": "ok", "refused": ["network access"]}).refused == {}


def test_the_verdict_carries_the_check_jobs_refusals_whatever_its_status() -> None:
    task = load_builtin_suite(SUITE_DIR).tasks[0]
    outcomes = [{"value": t.expected} for t in task.tests]
    passed = judge(task, JobResult("ok", outcomes=outcomes, refused=REFUSED))
    assert passed.passed and passed.refused == REFUSED
    failed = judge(task, JobResult("error", message="PermissionError", refused={"starting processes": 1}))
    assert failed.status == "error" and failed.refused == {"starting processes": 1}
    assert judge(task, JobResult("ok", outcomes=outcomes)).refused == {}


def test_merge_refusals_adds_counts() -> None:
    assert merge_refusals({"a": 1, "b": 2}, None, {"b": 3, "c": 1}) == {"a": 1, "b": 5, "c": 1}
    assert merge_refusals() == {}


def test_a_verdict_with_refusals_round_trips_through_the_journal(tmp_path: Path) -> None:
    path = journal_path(tmp_path / "run.json")
    with Journal.open(path, HEADER) as journal:
        journal.add_verdict("t", 0, "sha0", Verdict("fail", "test 0: wrong output 1", REFUSED))
        journal.add_verdict("t", 1, "sha1", Verdict("pass"))
    lines = path.read_text().splitlines()
    assert '"refused"' in lines[1] and '"refused"' not in lines[2]  # omitted when empty
    with Journal.open(path, HEADER) as again:
        restored = again.verdict("t", 0, "sha0")
        assert restored == Verdict("fail", "test 0: wrong output 1", REFUSED)
        assert restored is not None and restored.refused == REFUSED
        assert again.verdict("t", 1, "sha1") == Verdict("pass")


def test_an_older_journal_record_without_refusals_still_loads(tmp_path: Path) -> None:
    path = tmp_path / "old.journal.jsonl"
    path.write_text(
        '{"schema": "evalperf.journal/1", "samples_sha256": "abc", "suite": "builtin", "suite_hash": "def", '
        '"meter": "time"}\n'
        '{"job": "check", "task": "t", "index": 0, "sha": "s", "verdict": {"status": "pass", "message": ""}}\n'
    )
    with Journal.open(path, HEADER) as journal:
        assert journal.verdict("t", 0, "s") == Verdict("pass")


def test_the_results_entry_of_a_sample_lists_its_refusals() -> None:
    sample = Sample(task_id="t", index=0, line=1, solution="def f(): pass")
    assert SampleOutcome(sample, Verdict("error", "x", REFUSED)).to_json()["refused"] == REFUSED
    assert SampleOutcome(sample, Verdict("pass")).to_json()["refused"] == {}


def test_the_results_entry_adds_the_profile_jobs_refusals() -> None:
    from evalperf.evaluate.profile import Profile

    sample = Sample(task_id="t", index=0, line=1, solution="def f(): pass")
    profile = Profile("ok", (10.0,), ("d",), refused=(("network access", 2), ("ctypes", 1)))
    entry = SampleOutcome(sample, Verdict("pass", "", REFUSED), profile).to_json()
    assert entry["refused"] == {"ctypes": 1, "network access": 5, "writing files": 1}
