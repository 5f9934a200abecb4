"""`evalperf curate` end to end on a small task and a pool written for it (valgrind, local sandbox).

The pool holds four groups of programs doing 1, 3, 9 and 27 passes of the same Python loop (three
programs each, two for 27 passes: costs far apart, so four clusters), plus three that must be left
out: one failing the tests, one raising, one right on the tests and wrong on the stress input.
Hand-computed: N = 11 profiled, tiers slowest first with scores 100 * (2, 5, 8, 11) / 11, each
tier's reference the slowest of its group.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from evalperf.cli import main
from evalperf.curate.folder import min_tier_ratio
from evalperf.curate.measure import slowdown_cap
from evalperf.curate.run import CurateOptions, curate
from evalperf.errors import ConfigError, TaskError
from evalperf.evaluate.profile import Profile
from evalperf.evaluate.references import ReferenceSet
from evalperf.evaluate.run import EvaluateOptions, evaluate_file
from evalperf.tasks.builtin import load_builtin_suite, load_task_dir
from evalperf.tasks.model import Suite
from tests.conftest import need_valgrind

TASK_TOML = """id = "loop_total"
title = "Total of a list"
category = "implementation"
entry_point = "total"

[[levels]]
scale = 200
seed = 1

[[levels]]
scale = 3000
seed = 2

[[tiers]]
name = "builtin-sum"
file = "refs/0_sum.py"
"""
GENERATOR = """import random


def generate(seed, scale):
    rng = random.Random(seed)
    return [[rng.randrange(100) for _ in range(scale)]]
"""
TESTS = [{"args": [[]], "expected": 0}, {"args": [[1, 2, 3]], "expected": 6}, {"args": [[5]], "expected": 5}]


def _loop(passes: int, variant: int) -> str:
    # three spellings per cost group: distinct programs (not folded as duplicates), near-equal costs
    body = {
        0: "        for x in xs:\n            acc += x\n",
        1: "        for value in xs:\n            acc = acc + value\n",
        2: "        for x in xs:\n            acc += x\n        pass\n",
    }[variant]
    return f"def total(xs):\n    acc = 0\n    for _ in range({passes}):\n        acc = 0\n{body}    return acc\n"


BAD = [
    "def total(xs):\n    return sum(xs) + 1\n",  # fails the tests
    "def total(xs):\n    raise ValueError('no')\n",  # raises
    "def total(xs):\n    return sum(xs) if len(xs) < 100 else -1\n",  # wrong on the stress input only
]


def _suite_folder(root: Path) -> Path:
    folder = root / "src" / "loop_total"
    (folder / "refs").mkdir(parents=True)
    (folder / "task.toml").write_text(TASK_TOML)
    (folder / "generator.py").write_text(GENERATOR)
    (folder / "prompt.py").write_text('def total(xs: list[int]) -> int:\n    """The sum of xs."""\n')
    (folder / "tests.json").write_text(json.dumps(TESTS))
    (folder / "refs" / "0_sum.py").write_text("def total(xs):\n    return sum(xs)\n")
    (root / "src" / "suite.toml").write_text('name = "mini"\n')
    return root / "src"


def _pool(root: Path) -> Path:
    lines = [_loop(passes, v) for passes in (1, 3, 9, 27) for v in range(3 if passes < 27 else 2)] + BAD
    path = root / "pool.jsonl"
    path.write_text("".join(json.dumps({"task_id": "loop_total", "solution": s}) + "\n" for s in lines))
    return path


def _options(root: Path, out: str, **changes: object) -> CurateOptions:
    base = CurateOptions(pool_paths=(_pool(root),), out=root / out, sandbox="local", meter="valgrind", jobs=2)
    return CurateOptions(**{**base.__dict__, **changes})


@pytest.fixture(scope="module")
def curated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Suite]:
    need_valgrind()
    root = tmp_path_factory.mktemp("curate")
    suite = load_builtin_suite(_suite_folder(root))
    report = curate(suite, _options(root, "out"))
    [record] = report.tasks
    assert record.status == "curated", record.reasons
    return root, suite


def test_the_curated_task_has_the_hand_computed_tiers_and_scores(curated: tuple[Path, Suite]) -> None:
    root, _ = curated
    task = load_task_dir(root / "out" / "loop_total", "curated")
    assert [t.score for t in task.tiers] == pytest.approx([100 * 2 / 11, 100 * 5 / 11, 100 * 8 / 11, 100.0])
    assert task.extra["cluster_sizes"] == [2, 3, 3, 3]
    assert task.min_tier_ratio == min_tier_ratio(0.10) and task.min_tiers == 4
    # each tier's reference is the slowest member of its group: the 27, 9, 3 and 1 pass programs
    assert [next(p for p in (27, 9, 3, 1) if f"range({p})" in t.code) for t in task.tiers] == [27, 9, 3, 1]
    # the task keeps only the curation level, its tests finished, its provenance recorded
    assert [(lv.seed, lv.scale) for lv in task.levels] == [(2, 3000)]
    assert [t.args for t in task.tests] == [t["args"] for t in TESTS]
    curation = task.extra["curation"]
    assert curation["pool"] == {"lines": 14, "distinct": 14, "kept": 14}
    assert curation["correct"] == 12 and curation["profiled"] == 11
    assert curation["outcomes"] == {"profiled": 11, "incorrect": 2, "wrong-output": 1}
    assert curation["stress"]["origin"] == "suite mini, level 2 of 2"
    assert curation["pool_files"][0]["name"] == "pool.jsonl"


def test_the_report_says_what_became_of_every_program(curated: tuple[Path, Suite]) -> None:
    root, _ = curated
    report = json.loads((root / "out" / "curation.json").read_text())
    entry = report["tasks"]["loop_total"]
    assert entry["status"] == "curated" and entry["clusters"] == 4
    outcomes = [p["outcome"] for p in entry["programs"]]
    assert outcomes == ["profiled"] * 11 + ["incorrect", "incorrect", "wrong-output"]
    costs = [p["cost"] for p in entry["programs"][:11]]
    assert entry["tier_costs"] == [max(costs[9:11]), max(costs[6:9]), max(costs[3:6]), max(costs[0:3])]
    assert not (root / "out" / "curation.journal.jsonl").exists()  # removed once the report is whole
    summary = (root / "out" / "curation.md").read_text()
    assert "| loop_total | curated | 14 | 12 | 11 | 4 | 2 3 3 3 |" in summary


def test_the_curated_folder_is_a_suite_that_validates_with_tiers_landing_on_themselves(
    curated: tuple[Path, Suite],
) -> None:
    root, _ = curated
    result = CliRunner().invoke(
        main,
        ["tasks", "validate", "--suite", f"builtin:{root / 'out'}", "--sandbox", "local", "--tiers-as-samples"],
    )
    assert result.exit_code == 0, result.output
    assert "1/1 tasks valid" in result.output


def test_a_curated_task_scores_dps_with_its_cluster_weights_and_dps_norm_with_the_tier_index(
    curated: tuple[Path, Suite],
) -> None:
    root, _ = curated
    task = load_task_dir(root / "out" / "loop_total", "curated")
    samples = root / "tiers.jsonl"
    samples.write_text("".join(json.dumps({"task_id": "loop_total", "solution": t.code}) + "\n" for t in task.tiers))
    options = EvaluateOptions(samples_path=samples, out=root / "scored.json", sandbox="local", meter="valgrind")
    report = evaluate_file(load_builtin_suite(root / "out"), options)
    scored = report.document["tasks"]["loop_total"]["samples"]
    assert [s["matched_tier"] for s in scored] == [0, 1, 2, 3]
    assert [s["dps"] for s in scored] == pytest.approx([100 * 2 / 11, 100 * 5 / 11, 100 * 8 / 11, 100.0])
    assert [s["dps_norm"] for s in scored] == pytest.approx([25.0, 50.0, 75.0, 100.0])
    assert report.document["environment"]["suite"] == "curated"


def test_curating_again_gives_identical_tiers(curated: tuple[Path, Suite]) -> None:
    root, suite = curated
    # a second curation from scratch (no reference cache) writes the same folder byte for byte
    report = curate(suite, _options(root, "again", use_cache=False, validate=False))
    assert report.tasks[0].status == "curated"
    first, second = root / "out" / "loop_total", root / "again" / "loop_total"
    names = sorted(p.relative_to(first) for p in first.rglob("*") if p.is_file())
    assert names == sorted(p.relative_to(second) for p in second.rglob("*") if p.is_file())
    for name in names:
        assert (first / name).read_bytes() == (second / name).read_bytes(), name


def test_a_task_the_filters_drop_gets_no_folder_and_says_why(curated: tuple[Path, Suite]) -> None:
    root, suite = curated
    report = curate(suite, _options(root, "strict", min_clusters=5, min_solutions=12, validate=False))
    [record] = report.tasks
    assert record.status == "dropped"
    assert record.reasons == [
        "11 profiled solution(s), at least 12 are needed",
        "4 cluster(s), at least 5 are needed",
    ]
    assert not (root / "strict" / "loop_total").exists()
    assert json.loads((root / "strict" / "curation.json").read_text())["tasks"]["loop_total"]["status"] == "dropped"


def test_bad_curation_input_is_refused_before_any_work(tmp_path: Path) -> None:
    suite = load_builtin_suite(_suite_folder(tmp_path))
    with pytest.raises(ConfigError, match="split-b"):
        curate(suite, _options(tmp_path, "o", split_b=1.5))
    plan = tmp_path / "plan.toml"
    plan.write_text('["loop_total"]\nlevel = 3\n')
    with pytest.raises(TaskError, match="levels 1 to 2"):
        curate(suite, _options(tmp_path, "o", stress_plan=plan))
    plan.write_text('["nope"]\nlevel = 1\n')
    with pytest.raises(ConfigError, match="nope"):
        curate(suite, _options(tmp_path, "o", stress_plan=plan))
    plan.write_text('["loop_total"]\nsize = 1\n')
    with pytest.raises(TaskError, match="unknown key"):
        curate(suite, _options(tmp_path, "o", stress_plan=plan))
    generators = tmp_path / "gens"
    generators.mkdir()
    (generators / "loop_total.py").write_text("def generate(seed, scale):\n    return [[1] * scale]\n")
    with pytest.raises(TaskError, match="SCALE"):
        curate(suite, _options(tmp_path, "o", generators=generators))
    (generators / "loop_total.py").write_text("SCALE = '9'\ndef generate(seed, scale):\n    return [[1]]\n")
    with pytest.raises(TaskError, match="int literal"):
        curate(suite, _options(tmp_path, "o", generators=generators))


def test_the_cli_says_when_pool_files_land_among_the_task_ids(tmp_path: Path) -> None:
    pool = _pool(tmp_path)
    result = CliRunner().invoke(main, ["curate", "--pool", str(pool), str(pool), "-o", str(tmp_path / "o")])
    assert result.exit_code == 2
    assert "is a file, not a task id" in result.output


def test_the_cli_asks_for_a_model_to_synthesize_inputs(tmp_path: Path) -> None:
    pool = _pool(tmp_path)
    result = CliRunner().invoke(main, ["curate", "--pool", str(pool), "--synthesize-inputs", "-o", str(tmp_path)])
    assert result.exit_code == 2
    assert "--synthesize-inputs needs --model" in result.output


def test_the_slowdown_cap_stays_inside_the_cpu_limit(tmp_path: Path) -> None:
    task = load_builtin_suite(_suite_folder(tmp_path)).tasks[0]
    refs = ReferenceSet(task, (Profile("ok", (2e6,), ("d",), cpu_s=0.3),))
    cap = slowdown_cap(1000.0, cpu_limit_s=405.0)(refs)
    assert cap is not None and cap.slowest == 2e9  # 1000 x the fastest tier
    assert cap.cpu_s < 405.0 and cap.proven(0.0, [], 2.1e9) and not cap.proven(0.0, [], 1.9e9)
    # a fastest tier so costly that 1000 x would outrun the CPU limit: the count limit is what the
    # limit lets a program count to, and the trigger still comes before the limit
    big = slowdown_cap(1000.0, cpu_limit_s=405.0)(ReferenceSet(task, (Profile("ok", (5e8,), ("d",)),)))
    assert big is not None and big.slowest < 5e11 and big.cpu_s <= 0.8 * 405.0 + 1.0


def test_curating_into_the_same_folder_again_keeps_the_validated_task(curated: tuple[Path, Suite]) -> None:
    root, suite = curated
    before = (root / "out" / "loop_total" / "task.toml").stat().st_mtime_ns
    [record] = curate(suite, _options(root, "out")).tasks
    assert record.status == "curated"
    assert "unchanged since an earlier curation, which validated it" in record.notes
    assert (root / "out" / "loop_total" / "task.toml").stat().st_mtime_ns == before


RANDOMIZED = (  # slower than every loop group, and its cost changes from run to run (random seeded from urandom)
    "import random\n\n\ndef total(xs):\n    acc = 0\n    for _ in range(random.randrange(1000, 2000)):\n"
    "        acc = 0\n        for x in xs[:100]:\n            acc += x\n"
    "    return sum(xs)\n"
)


def test_a_program_whose_count_changes_is_left_out_and_the_task_still_curated(tmp_path: Path) -> None:
    need_valgrind()
    suite = load_builtin_suite(_suite_folder(tmp_path))
    pool = tmp_path / "pool-randomized.jsonl"
    pool.write_text(_pool(tmp_path).read_text() + json.dumps({"task_id": "loop_total", "solution": RANDOMIZED}) + "\n")
    report = curate(suite, _options(tmp_path, "out", pool_paths=(pool,)))
    [record] = report.tasks
    assert record.status == "curated", record.reasons  # validated: every tier lands on itself
    assert record.outcomes.get("not-reproducible") == 1, (record.outcomes, record.cluster_sizes, record.tier_costs)
    assert record.cluster_sizes == [2, 3, 3, 3]
    [left_out] = [p for p in record.programs if p["outcome"] == "not-reproducible"]
    assert left_out["cost"] is None and "when measured again" in left_out["message"]
