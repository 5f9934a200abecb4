"""Reading a curation pool: distinct programs, a seeded subset, provenance (evalperf.curate.pool)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evalperf.curate.pool import read_pool
from evalperf.errors import SamplesError

POOL_DIR = Path(__file__).resolve().parents[2] / "shared" / "data" / "evalperf-pool"


def write(path: Path, rows: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def test_programs_identical_up_to_layout_and_comments_are_kept_once(tmp_path: Path) -> None:
    a = write(
        tmp_path / "model-a.jsonl",
        [
            {"task_id": "T/1", "solution": "def f(x):\n    return x + 1\n"},
            {"task_id": "T/1", "solution": "def f(x):  # add one\n    return (x + 1)\n"},
            {"task_id": "T/1", "solution": "   "},
            {"task_id": "T/2", "solution": "def g():\n    return 2\n"},
        ],
    )
    b = write(tmp_path / "model-b.jsonl", [{"task_id": "T/1", "solution": "def f(x):\n    return 1 + x\n"}])
    pool = read_pool([a, b])
    one = pool.tasks["T/1"]
    assert [(s.source, s.line) for s in one.solutions] == [("model-a.jsonl", 1), ("model-b.jsonl", 1)]
    assert one.provenance() == {"lines": 3, "distinct": 2, "kept": 2}
    assert [f["name"] for f in pool.files] == ["model-a.jsonl", "model-b.jsonl"]
    assert read_pool([a, b], task_ids=["T/2"]).tasks.keys() == {"T/2"}


def test_the_subset_is_seeded_and_does_not_depend_on_other_tasks(tmp_path: Path) -> None:
    rows = [{"task_id": "T/1", "solution": f"def f():\n    return {i}\n"} for i in range(50)]
    rows += [{"task_id": "T/2", "solution": f"def g():\n    return {i}\n"} for i in range(50)]
    path = write(tmp_path / "pool.jsonl", rows)
    first = read_pool([path], max_pool=10, seed=7)
    again = read_pool([path], task_ids=["T/1"], max_pool=10, seed=7)
    other_seed = read_pool([path], max_pool=10, seed=8)
    picked = [s.line for s in first.tasks["T/1"].solutions]
    assert len(picked) == 10 and picked == sorted(picked)
    assert [s.line for s in again.tasks["T/1"].solutions] == picked
    assert [s.line for s in other_seed.tasks["T/1"].solutions] != picked
    assert first.tasks["T/1"].provenance() == {"lines": 50, "distinct": 50, "kept": 10}
    assert len(read_pool([path], max_pool=None).tasks["T/1"].solutions) == 50


def test_bad_pools_are_refused_with_the_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"task_id": "T/1", "solution": "x = 1"}\nnot json\n')
    with pytest.raises(SamplesError, match=r"bad.jsonl:2: not a JSON line"):
        read_pool([bad])
    bad.write_text('{"task_id": "T/1", "solution": 3}\n')
    with pytest.raises(SamplesError, match=r"bad.jsonl:1: the solution is not a string"):
        read_pool([bad])
    with pytest.raises(SamplesError, match="cannot read pool file"):
        read_pool([tmp_path / "missing.jsonl"])
    with pytest.raises(SamplesError, match="--max-pool must be at least 1"):
        read_pool([], max_pool=0)


def test_the_evalperf_leaderboards_pool_reads_with_its_duplicates_folded() -> None:
    files = sorted(POOL_DIR.glob("*.jsonl"))
    if not files:
        pytest.skip(f"the EvalPerf pool is not present at {POOL_DIR}")
    pool = read_pool(files, task_ids=["HumanEval/9", "Mbpp/4"], max_pool=100)
    assert pool.tasks.keys() == {"HumanEval/9", "Mbpp/4"}
    assert len(pool.files) == len(files) >= 30
    for task in pool.tasks.values():
        assert task.lines > task.distinct > 10  # models repeat themselves
        assert len(task.solutions) == min(task.distinct, 100)
        assert all(s.task_id == task.task_id for s in task.solutions)
