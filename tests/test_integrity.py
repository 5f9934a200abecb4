"""Measurement integrity and the valgrind zygote: only measured work earns a tier, counts are exact.

Through the real local sandbox (and Docker where it runs): a sample that precomputes its answers
at import time, a lookup table built at import, `import socket` variants, threaded solutions,
lazy return values, threads left running, the first job of a fresh worker against the fiftieth,
a zygote that died, the cost cap, and identical samples profiled once.
"""

from __future__ import annotations

import json
import os
import signal
from pathlib import Path
from typing import Any

import psutil
import pytest

from evalperf.evaluate.cap import CostCap
from evalperf.evaluate.jobs import profile_payload
from evalperf.evaluate.pipeline import EvalConfig, evaluate_samples
from evalperf.evaluate.run import EvaluateOptions, evaluate_file
from evalperf.evaluate.samples import Sample
from evalperf.evaluate.scheduler import Scheduler
from evalperf.meters.choose import meter_payload
from evalperf.meters.spec import profile_limits
from evalperf.sandbox import create_sandbox
from evalperf.sandbox.base import Limits, Sandbox, SandboxSettings
from evalperf.store.refcache import ReferenceCache
from evalperf.tasks.builtin import load_builtin_suite
from tests.conftest import PROFILE_LIMITS, docker_problem, need_valgrind
from tests.conftest import run_profile as run_valgrind_profile

pytestmark = pytest.mark.valgrind

LIMITS = PROFILE_LIMITS


def run_profile(box: Sandbox, solution: str, levels: tuple[int, ...] = (2000, 20000), **extra: Any) -> Any:
    return run_valgrind_profile(box, solution, meter_payload("valgrind", box.region_library()), levels, **extra)


def wrapper(code: str, entry: str, body: str) -> str:
    """A tier's code with ``entry`` renamed to ``_inner`` and ``body`` defining a new ``entry``."""
    return f"{code}\n\n_inner = {entry}\n\n{body}"


def evaluate(tmp_path: Path, lines: list[dict[str, str]], sandbox: str = "local", jobs: int = 2) -> dict[str, Any]:
    samples = tmp_path / "samples.jsonl"
    samples.write_text("".join(json.dumps(line) + "\n" for line in lines))
    out = tmp_path / "results.json"
    options = EvaluateOptions(samples_path=samples, out=out, sandbox=sandbox, meter="valgrind", jobs=jobs)
    return evaluate_file(load_builtin_suite(), options).document


def by_line(document: dict[str, Any]) -> dict[int, dict[str, Any]]:
    return {s["line"]: s for t in document["tasks"].values() for s in t["samples"]}


# -- what the candidate does outside the calls is measured ----------------------------------------


def test_import_time_precomputation_buys_no_tier(tmp_path: Path) -> None:
    # Written for this test: the slowest tier of pattern_positions, but every stress answer is
    # computed at import time from the inputs found through the caller's frames, and the call
    # only looks it up (the attack scored DPS 100 at 11,373 instructions before the fix).
    need_valgrind()
    task = load_builtin_suite().get("pattern_positions")
    slow = task.tiers[0].code
    precompute = wrapper(
        slow,
        task.entry_point,
        "import sys\n"
        "_answers = {}\n"
        "_frame = sys._getframe()\n"
        "while _frame is not None:\n"
        "    for _value in list(_frame.f_locals.values()):\n"
        "        if type(_value) is list:\n"
        "            for _args in _value:\n"
        "                if type(_args) in (list, tuple) and len(_args) == 2 and type(_args[0]) is str:\n"
        "                    _key = tuple(id(a) for a in _args)\n"
        "                    if _key not in _answers:\n"
        "                        _answers[_key] = _inner(*_args)\n"
        "    _frame = _frame.f_back\n"
        f"def {task.entry_point}(*args):\n"
        "    key = tuple(id(a) for a in args)\n"
        "    return _answers[key] if key in _answers else _inner(*args)\n",
    )
    document = evaluate(
        tmp_path,
        [{"task_id": task.task_id, "solution": slow}, {"task_id": task.task_id, "solution": precompute}],
    )
    plain, gamed = by_line(document)[1], by_line(document)[2]
    assert plain["status"] == gamed["status"] == "pass"
    assert plain["matched_tier"] == 0
    assert gamed["matched_tier"] <= plain["matched_tier"]
    assert gamed["dps"] <= plain["dps"]
    # the precomputation shows up as the module's own cost, not as nothing
    assert gamed["profile"]["load_cost"] > 0.5 * plain["cost"], gamed["profile"]
    assert gamed["cost"] > 0.9 * plain["cost"]


def test_a_lookup_table_built_at_import_costs_what_it_costs(local_sandbox: Sandbox) -> None:
    need_valgrind()
    plain = run_profile(local_sandbox, "def work(values):\n    return sorted(values)[:3]\n")
    table = run_profile(
        local_sandbox, "_SQUARES = [i * i for i in range(300000)]\ndef work(values):\n    return sorted(values)[:3]\n"
    )
    assert plain.status == table.status == "ok"
    assert plain.load_cost is not None and table.load_cost is not None
    assert plain.load_cost < 100_000  # defining a function
    assert table.load_cost > 10_000_000  # 300,000 multiplications and appends, counted
    # the calls themselves cost about the same (the table's memory moves them slightly)
    assert [lv["cost"] for lv in table.levels] == pytest.approx([lv["cost"] for lv in plain.levels], rel=1e-2)


@pytest.mark.slow
def test_import_socket_variants_land_on_the_plain_tier(tmp_path: Path) -> None:
    # count_inversions' slowest tier: 633M instructions plain, 623M with `import socket` at module
    # level and 615M with it inside the call before the fix (the heap they left behind).
    need_valgrind()
    task = load_builtin_suite().get("count_inversions")
    slow = task.tiers[0].code
    inside = wrapper(
        slow, task.entry_point, f"def {task.entry_point}(*args):\n    import socket\n    return _inner(*args)\n"
    )
    lines = [
        {"task_id": task.task_id, "solution": slow},
        {"task_id": task.task_id, "solution": "import socket\n" + slow},
        {"task_id": task.task_id, "solution": inside},
    ]
    document = evaluate(tmp_path, lines)
    samples = by_line(document)
    tolerance = document["config"]["tier_tolerance"]
    plain = samples[1]["cost"]
    for line in (2, 3):
        detail = json.dumps({"samples": samples, "references": document["tasks"][task.task_id]["references"]})
        assert samples[line]["matched_tier"] == samples[1]["matched_tier"] == 0, detail
        assert abs(samples[line]["cost"] - plain) <= tolerance * plain


def test_a_solution_may_start_64_threads(local_sandbox: Sandbox) -> None:
    need_valgrind()
    threaded = (
        "import threading\n"
        "def work(values):\n"
        "    out = [0] * 64\n"
        "    def part(i):\n"
        "        out[i] = sum(values[i::64])\n"
        "    threads = [threading.Thread(target=part, args=(i,)) for i in range(64)]\n"
        "    for t in threads:\n"
        "        t.start()\n"
        "    for t in threads:\n"
        "        t.join()\n"
        "    return sum(out)\n"
    )
    profiled = run_profile(local_sandbox, threaded)
    assert profiled.status == "ok", profiled.message
    assert all("digest" in level for level in profiled.levels), profiled.levels
    check = local_sandbox.run(
        {"kind": "check", "solution": threaded, "entry_point": "work", "tests": [[[1, 2, 3]]], "limits": LIMITS}
    )
    assert check.status == "ok" and check.outcomes == [{"value": 6}]


def test_a_thread_left_running_after_the_call_fails_the_sample(local_sandbox: Sandbox) -> None:
    need_valgrind()
    lingering = (
        "import threading, time\n"
        "def work(values):\n"
        "    threading.Thread(target=time.sleep, args=(5,), daemon=True).start()\n"
        "    return len(values)\n"
    )
    profiled = run_profile(local_sandbox, lingering)
    assert profiled.status == "ok"
    assert profiled.levels[0].get("raised") == "threads still ran after the call"


def test_a_lazy_return_value_runs_no_code_outside_the_region(local_sandbox: Sandbox) -> None:
    # A list subclass whose iteration would compute the answer after the measured call: the
    # harness reads the built-in list's own items (here none), so the digest is of [].
    need_valgrind()
    lazy = (
        "class Lazy(list):\n"
        "    def __iter__(self):\n"
        "        return iter(sorted(self.values)[:3])\n"
        "def work(values):\n"
        "    result = Lazy()\n"
        "    result.values = values\n"
        "    return result\n"
    )
    honest = run_profile(local_sandbox, "def work(values):\n    return []\n")
    gamed = run_profile(local_sandbox, lazy)
    assert [lv["digest"] for lv in gamed.levels] == [lv["digest"] for lv in honest.levels]


def test_refusals_are_counted(local_sandbox: Sandbox) -> None:
    need_valgrind()
    nosy = (
        "import socket\n"
        "def work(values):\n"
        "    for _ in range(2):\n"
        "        try:\n"
        "            socket.socket()\n"
        "        except PermissionError:\n"
        "            pass\n"
        "    return len(values)\n"
    )
    profiled = run_profile(local_sandbox, nosy)
    assert profiled.status == "ok"
    assert profiled.refused == {"network access": 4}  # twice per level, two levels


# -- the zygote: exact counts whatever ran before --------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["local", "docker"])
def test_a_count_is_the_same_as_a_fresh_workers_first_job_and_as_its_fiftieth(kind: str) -> None:
    need_valgrind()
    if kind == "docker" and (problem := docker_problem()) is not None:
        pytest.skip(f"docker sandbox unavailable: {problem}")
    suite = load_builtin_suite()
    task = suite.get("merge_piles_cost")
    others = [t for t in suite.tasks if t.task_id != task.task_id][:3]
    limits = profile_limits("valgrind", Limits())

    def measure(box: Sandbox, job_task: Any, code: str) -> list[float]:
        result = box.run(profile_payload(job_task, code, meter_payload("valgrind", box.region_library()), limits))
        assert result.status == "ok", result.message
        return [result.load_cost, *(lv["cost"] for lv in result.levels)]

    fresh = create_sandbox(kind, SandboxSettings(workers=1))
    with fresh:
        first = measure(fresh, task, task.tiers[-1].code)
    box = create_sandbox(kind, SandboxSettings(workers=1))
    with box:
        jobs = 0
        while jobs < 49:
            other = others[jobs % len(others)]
            measure(box, other, other.tiers[-1].code)
            jobs += 1
            if jobs % 7 == 0:
                measure(box, task, task.tiers[0].code)  # the same task, another tier, in between
                jobs += 1
        fiftieth = measure(box, task, task.tiers[-1].code)
    # exactly: not within the tier tolerance (decision 0008)
    assert first == fiftieth


def test_a_dead_zygote_is_replaced() -> None:
    need_valgrind()
    box = create_sandbox("local", SandboxSettings(workers=1))
    with box:
        before = run_profile(box, "def work(values):\n    return max(values)\n")
        assert before.status == "ok"
        supervisor = next(p for p in psutil.Process().children() if "supervisor.py" in " ".join(p.cmdline()))
        zygotes = [p for p in supervisor.children() if "zygote.py" in " ".join(p.cmdline())]
        assert len(zygotes) == 1
        os.killpg(zygotes[0].pid, signal.SIGKILL)
        psutil.wait_procs(zygotes, timeout=30)
        after = run_profile(box, "def work(values):\n    return max(values)\n")
        assert after.status == "ok", after.message
        assert [lv["cost"] for lv in after.levels] == [lv["cost"] for lv in before.levels]


# -- a task's inputs: made natively and pickled for the zygote, or there when not plain data ------

OBJECT_GENERATOR = (
    "class Box:\n"
    "    def __init__(self, values):\n"
    "        self.values = values\n\n"
    "def generate(seed, scale):\n"
    "    return [Box(list(range(scale, 0, -1)))]\n"
)


def test_inputs_that_are_not_plain_data_are_made_in_the_zygote_and_count_alike(local_sandbox: Sandbox) -> None:
    """A generator returning its own class cannot be pickled by name: the task child makes the
    inputs under valgrind itself, and the sample is measured as any other, the same twice."""
    need_valgrind()
    solution = "def work(box):\n    return sorted(box.values)[:3]\n"
    counts = []
    for generator in (OBJECT_GENERATOR, OBJECT_GENERATOR + "\n# another task\n"):
        result = run_profile(local_sandbox, solution, generator=generator)
        assert result.status == "ok", result.message
        assert [lv["digest"] for lv in result.levels] == [lv["digest"] for lv in result.levels[:2]]
        counts.append([lv["cost"] for lv in result.levels])
    assert counts[0][1] > counts[0][0] > 0
    assert counts[0] == counts[1]


def test_a_failing_generator_is_reported_before_the_zygote_sees_it(local_sandbox: Sandbox) -> None:
    need_valgrind()
    generator = "def generate(seed, scale):\n    raise ValueError('no inputs today')\n"
    result = run_profile(local_sandbox, "def work(values):\n    return 0\n", generator=generator)
    assert result.status == "error"
    assert "stress-input generator failed" in result.message and "no inputs today" in result.message


# -- the cost cap ---------------------------------------------------------------------------------


def test_the_cost_cap_stops_a_far_slower_sample_and_reports_its_counts(local_sandbox: Sandbox) -> None:
    need_valgrind()
    slow = "def work(values):\n    for _ in range(300):\n        sorted(values)\n    return sorted(values)[:3]\n"
    result = run_profile(local_sandbox, slow, levels=(20000,), cap={"cpu_s": 0.3})
    assert result.status == "ok"
    assert result.capped is not None and result.capped["partial"] > 1_000_000
    assert result.levels == []  # the only level was cut
    assert result.elapsed_s < 30


def test_a_cap_is_only_accepted_when_the_counts_prove_it() -> None:
    cap = CostCap(cpu_s=1.0, slowest=1000.0, tolerance=0.01, level_limits=(300.0, 300.0))
    assert cap.proven(10.0, [100.0], 950.0)  # 1060 > 1010 in all, level 1 at 960 >= 300
    assert not cap.proven(10.0, [100.0], 890.0)  # 1000 in all: it could still match the slowest tier
    assert cap.proven(10.0, [], 1005.0)  # cut in level 0: 1015 > 1010 in all, level 0 at 1015 >= 300
    assert cap.proven(None, [], 2000.0)  # cut while the module ran
    loose = CostCap(cpu_s=1.0, slowest=100.0, tolerance=0.0, level_limits=(5000.0,))
    assert not loose.proven(10.0, [], 200.0)  # slower than every tier, but under eff's limit


def test_a_far_slower_sample_is_recorded_as_capped_and_an_honest_one_is_not(tmp_path: Path) -> None:
    need_valgrind()
    task = load_builtin_suite().get("pattern_positions")
    slow = task.tiers[0].code
    far = wrapper(
        slow,
        task.entry_point,
        f"def {task.entry_point}(*args):\n    for _ in range(40):\n        _inner(*args)\n    return _inner(*args)\n",
    )
    document = evaluate(
        tmp_path, [{"task_id": task.task_id, "solution": slow}, {"task_id": task.task_id, "solution": far}], jobs=1
    )
    plain, capped = by_line(document)[1], by_line(document)[2]
    assert plain["profile"]["status"] == "ok" and plain["matched_tier"] == 0
    assert capped["profile"]["status"] == "capped", capped["profile"]
    assert capped["matched_tier"] == -1 and capped["dps"] == 0.0
    assert "slower than every tier" in capped["profile"]["stop_reason"]
    assert capped["profile"]["cpu_s"] < 3 * plain["profile"]["cpu_s"] + 1.0


# -- identical samples -----------------------------------------------------------------------------


class CountingScheduler(Scheduler):
    """Counts the jobs of each phase."""

    def __init__(self, sandbox: Sandbox) -> None:
        super().__init__(sandbox)
        self.jobs: dict[str, int] = {}

    def run_all(self, phase: str, payloads: Any, on_result: Any = None) -> Any:
        self.jobs[phase] = self.jobs.get(phase, 0) + len(payloads)
        return super().run_all(phase, payloads, on_result)


def test_identical_samples_are_checked_and_profiled_once(local_sandbox: Sandbox, tmp_path: Path) -> None:
    need_valgrind()
    suite = load_builtin_suite()
    task = suite.get("merge_piles_cost")
    code = task.tiers[-1].code
    same = "# the model explains itself\n" + code.replace("\n", "\n\n", 1) + "\n# done\n"
    other = code + "\n_VARIANT = 1\n"
    samples = [Sample(i + 1, task.task_id, c, i) for i, c in enumerate([code, same, other])]
    scheduler = CountingScheduler(local_sandbox)
    config = EvalConfig(meter="valgrind", meter_fields=meter_payload("valgrind", local_sandbox.region_library()))
    cache = ReferenceCache(tmp_path / "cache")
    outcomes = evaluate_samples(suite, samples, scheduler, config, cache, {"test": True})
    assert scheduler.jobs["check"] == 2  # two distinct programs among three samples, checked once each
    assert scheduler.jobs["profile"] == 2  # and profiled once each
    assert [o.verdict.passed for o in outcomes[0].samples] == [True] * 3
    profiled = [o.profile for o in outcomes[0].samples]
    assert profiled[0] is profiled[1] and profiled[0] is not None and profiled[0].ok
    assert [o.matched_tier for o in outcomes[0].samples] == [len(task.tiers) - 1] * 3
