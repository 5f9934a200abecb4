"""Crash safety: a run killed with SIGKILL at several points, started again, ends with the same results.

A real `evalperf evaluate` process (valgrind meter, local sandbox, the fixture suite) is killed
as soon as its journal holds 0, 2 and 9 finished jobs (of 11), each time restarted with the
same command; before the last restart a cut-off line is appended, as a kill in mid-write leaves.
The final results must equal an uninterrupted run's (except the creation time), no job may be
recorded twice, and the journal must be gone once the results file is written.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest

from evalperf.store.journal import journal_path
from evalperf.tasks.builtin import load_builtin_suite
from tests.conftest import evaluate_command, need_valgrind, without_times

SUITE_DIR = Path(__file__).parent / "data" / "mini_suite"
KILL_AFTER = (0, 2, 9)  # finished jobs in the journal when the run is killed
TOTAL_JOBS = 11  # 3 reference tiers + 5 checks + 3 profiles (the syntax error never runs)
DEADLINE_S = 120.0


def _samples(path: Path) -> Path:
    task = load_builtin_suite(SUITE_DIR).tasks[0]
    codes = [tier.code for tier in task.tiers] + [
        "def pair_sums(values):\n    return 0\n",  # wrong output
        "def pair_sums(values):\n    raise ValueError('no')\n",  # raises
        "def pair_sums(values):\n    return (\n",  # syntax error: judged without a job
    ]
    path.write_text("".join(json.dumps({"task_id": task.task_id, "solution": c}) + "\n" for c in codes))
    return path


def _command(samples: Path, out: Path) -> list[str]:
    return evaluate_command(SUITE_DIR, samples, out, "--sandbox", "local", "--jobs", "2")


def _records(journal: Path) -> list[dict[str, Any]]:
    """The complete job lines of the journal (the header excluded)."""
    if not journal.exists():
        return []
    data = journal.read_bytes()
    lines = data[: data.rfind(b"\n") + 1].splitlines()
    return [json.loads(line) for line in lines[1:]]


def _header_written(journal: Path) -> bool:
    return journal.exists() and b"\n" in journal.read_bytes()


def _key(record: dict[str, Any]) -> tuple[Any, ...]:
    return (record["job"], record["task"], record.get("tier", record.get("index")))


def _run_and_kill(command: list[str], journal: Path, after: int) -> int:
    """Start the run, SIGKILL it once the journal holds ``after`` jobs; the count seen at the kill."""
    log = journal.with_name("stderr.log")
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("wb") as stderr:
        proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=stderr)
    deadline = time.monotonic() + DEADLINE_S
    try:
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                pytest.fail(f"the run ended before {after} journaled jobs: {log.read_text()[-2000:]}")
            if _header_written(journal) and len(_records(journal)) >= after:
                proc.send_signal(signal.SIGKILL)
                proc.wait(30)
                return len(_records(journal))
            time.sleep(0.005)
        pytest.fail("the run did not reach the kill point in time")
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(30)
    raise AssertionError("unreachable")


def _comparable(document: dict[str, Any]) -> dict[str, Any]:
    """The document without its times: the creation time and the CPU seconds measurements took."""
    document = dict(document)
    document.pop("created")
    return dict(without_times(document))


@pytest.mark.valgrind
@pytest.mark.slow
def test_killed_runs_resume_to_the_uninterrupted_results(tmp_path: Path) -> None:
    need_valgrind()
    samples = _samples(tmp_path / "samples.jsonl")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parent.parent)}

    clean_out = tmp_path / "clean" / "results.json"
    clean = subprocess.run(_command(samples, clean_out), capture_output=True, text=True, env=env, timeout=300)
    assert clean.returncode == 0, clean.stderr
    assert not journal_path(clean_out).exists()  # removed once the results file is written

    out = tmp_path / "killed" / "results.json"
    journal = journal_path(out)
    command = _command(samples, out)
    seen = 0
    for after in KILL_AFTER:
        count = _run_and_kill(command, journal, max(after, seen))
        assert after <= count < TOTAL_JOBS, f"killed with {count} jobs journaled"
        records = _records(journal)
        keys = [_key(r) for r in records]
        assert len(keys) == len(set(keys)), "a finished job was run and recorded again"
        assert keys[:seen] == [_key(r) for r in records[:seen]]  # earlier records kept as they were
        seen = count
        assert not out.exists()

    # a kill in the middle of a write leaves a cut-off last line: it must be dropped, that job redone
    with journal.open("ab") as handle:
        handle.write(b'{"job": "profile", "task": "pair_sums", "ind')
    final = subprocess.run(command, capture_output=True, text=True, env=env, timeout=300)
    assert final.returncode == 0, final.stderr
    assert f"{seen} finished job(s) taken from its journal" in final.stderr
    assert "cut off" in final.stderr
    assert not journal.exists()

    resumed = json.loads(out.read_text())
    expected = json.loads(clean_out.read_text())
    assert _comparable(resumed) == _comparable(expected)
    costs = [s["cost"] for s in resumed["tasks"]["pair_sums"]["samples"]]
    assert costs[:3] == [t["cost"] for t in resumed["tasks"]["pair_sums"]["references"]["tiers"]]
