"""The meters through the real local sandbox: valgrind exact and call-only, perf where a PMU exists, time."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import pytest

from evalperf.errors import MeterError, SandboxError
from evalperf.evaluate.jobs import profile_payload
from evalperf.meters.choose import choose_meter, meter_payload, probe
from evalperf.meters.spec import PROBE_ATTEMPTS, PROBE_WALL_S, profile_limits
from evalperf.sandbox import create_sandbox
from evalperf.sandbox.base import JobResult, Limits, Sandbox, SandboxSettings
from evalperf.tasks.builtin import load_builtin_suite
from tests.conftest import GENERATOR, PROFILE_LIMITS, docker_problem, need_valgrind, run_profile
from tests.fake_sandbox import ScriptedSandbox, probe_ok

SOLUTION = "def work(values):\n    return sorted(values)[:3]\n"
LIMITS = PROFILE_LIMITS


def profile(
    sandbox: Sandbox,
    solution: str,
    meter: dict[str, Any],
    scales: tuple[int, ...] = (2000, 20000),
    limits: dict[str, Any] = LIMITS,
) -> list[Any]:
    result = run_profile(sandbox, solution, meter, scales, limits)
    assert result.status == "ok", result.message
    return [level["cost"] for level in result.levels]


@pytest.mark.valgrind
def test_valgrind_counts_are_exact_and_cover_only_the_call(local_sandbox: Sandbox) -> None:
    need_valgrind()
    meter = meter_payload("valgrind", local_sandbox.region_library())
    first = profile(local_sandbox, SOLUTION, meter)
    second = profile(local_sandbox, SOLUTION, meter)
    assert first == second  # deterministic to the instruction
    assert first[1] > first[0] > 10_000  # bigger input, more work


@pytest.mark.valgrind
@pytest.mark.parametrize("kind", ["local", "docker"])
def test_valgrind_count_does_not_depend_on_the_job_id_or_the_limits(kind: str) -> None:
    # The channel numbers its jobs, and `tasks validate` and `evaluate` may send other limits;
    # neither may reach the measured process. In the Docker image, this tier's count moved by
    # 12 instructions between job ids 2 and 12, enough to match a sample to the tier below.
    need_valgrind()
    if kind == "docker" and (problem := docker_problem()) is not None:
        pytest.skip(f"docker sandbox unavailable: {problem}")
    task = load_builtin_suite().get("merge_piles_cost")
    box = create_sandbox(kind, SandboxSettings(workers=1, limits=Limits(wall_s=10, cpu_s=10)))
    box.start()
    try:
        meter = meter_payload("valgrind", box.region_library())
        wider = Limits(wall_s=300, cpu_s=300, memory_mb=2048)
        costs = []
        usual = profile_limits("valgrind", Limits())
        for limits in (usual, usual, wider):  # job ids 2, 12, 22
            result = box.run(profile_payload(task, task.tiers[-1].code, meter, limits))
            assert result.status == "ok", result.message
            costs.append([level["cost"] for level in result.levels])
            for _ in range(9):
                assert box.run({"kind": "info"}).status == "ok"
    finally:
        box.close()
    assert costs[0] == costs[1] == costs[2]


def test_perf_meter_where_a_pmu_exists(local_sandbox: Sandbox) -> None:
    problem = probe(local_sandbox, "perf", None)
    if problem is not None:
        pytest.skip(f"no hardware instruction counter on this machine: {problem}")
    counts = profile(local_sandbox, SOLUTION, {"meter": "perf"})
    assert counts[1] > counts[0] > 10_000
    again = profile(local_sandbox, SOLUTION, {"meter": "perf"})
    assert abs(again[1] - counts[1]) / counts[1] < 0.05


def test_perf_meter_fails_clearly_without_a_pmu(local_sandbox: Sandbox) -> None:
    problem = probe(local_sandbox, "perf", None)
    if problem is None:
        pytest.skip("this machine has a working PMU: the failure path cannot be exercised here")
    with pytest.raises(MeterError, match="perf meter does not work here: perf_event_open"):
        choose_meter(local_sandbox, "perf", None)


def test_time_meter_reports_robust_statistics(local_sandbox: Sandbox) -> None:
    payload = {
        "kind": "profile",
        "meter": "time",
        "solution": SOLUTION,
        "entry_point": "work",
        "generator": GENERATOR,
        "levels": [{"seed": 0, "scale": 5000}],
        "limits": LIMITS,
    }
    level = local_sandbox.run(payload).levels[0]
    assert level["cost"] > 0
    assert level["stats"]["repeats"] >= 5 and level["stats"]["loops"] >= 1


def test_auto_falls_back_and_says_why(local_sandbox: Sandbox) -> None:
    need_valgrind()
    choice = choose_meter(local_sandbox, "auto", local_sandbox.region_library())
    if probe(local_sandbox, "perf", None) is None:
        assert choice.name == "perf"
    else:
        assert choice.name == "valgrind"
        assert "perf" in choice.tried


# --- choosing a meter: probes answered by a scripted sandbox (no valgrind needed) ---

PERF_MISSING = JobResult("meter-error", message="perf_event_open: no PMU (scripted)")


def test_auto_retries_a_probe_that_timed_out_and_picks_valgrind() -> None:
    box = ScriptedSandbox([PERF_MISSING, JobResult("timeout", message="wall-clock limit of 600 s reached"), probe_ok()])
    choice = choose_meter(box, "auto", "/region.so")
    assert choice.name == "valgrind" and not choice.warnings and not choice.fell_back
    assert [p["meter"] for p in box.payloads] == ["perf", "valgrind", "valgrind"]
    assert all(p["limits"]["wall_s"] == PROBE_WALL_S >= 600 for p in box.payloads)
    valgrind = choice.to_json()["probes"]["valgrind"]
    assert valgrind == {"outcome": "works", "detail": "", "attempts": 2}


def test_auto_retries_a_probe_whose_sandbox_broke_down() -> None:
    broke = JobResult("error", message="sandbox broke down during the job: channel closed")
    box = ScriptedSandbox([PERF_MISSING, broke, probe_ok()])
    assert choose_meter(box, "auto", "/region.so").name == "valgrind"


def test_auto_falls_back_to_time_when_valgrind_errs_and_says_so() -> None:
    box = ScriptedSandbox([PERF_MISSING, JobResult("error", message="callgrind: unrecognised instruction")])
    choice = choose_meter(box, "auto", "/region.so")
    assert choice.name == "time" and choice.fell_back
    assert len(box.payloads) == 2  # a meter that does not work is not tried again
    (warning,) = choice.warnings
    assert "falling back to the noisy `time` meter" in warning and "unrecognised instruction" in warning
    assert choice.tried["valgrind"].startswith("does not work here")
    record = choice.to_json()
    assert record["requested"] == "auto" and record["chosen"] == "time" and record["fell_back"]
    assert record["probes"]["valgrind"]["outcome"] == "broken" and record["warnings"] == [warning]


def test_missing_valgrind_is_not_retried_and_is_told_apart_from_no_answer() -> None:
    missing = ScriptedSandbox([PERF_MISSING, SandboxError("cannot start valgrind: No such file or directory")])
    choice = choose_meter(missing, "auto", "/region.so")
    assert choice.name == "time" and len(missing.payloads) == 2
    assert "does not work here: cannot start valgrind" in choice.tried["valgrind"]
    slow = ScriptedSandbox([PERF_MISSING, *[JobResult("timeout", message="host deadline reached")] * PROBE_ATTEMPTS])
    choice = choose_meter(slow, "auto", "/region.so")
    assert choice.name == "time" and len(slow.payloads) == 1 + PROBE_ATTEMPTS
    assert choice.tried["valgrind"].startswith("did not answer in time")
    assert "overloaded" in choice.warnings[0]
    assert choice.to_json()["probes"]["valgrind"] == {
        "outcome": "no-answer",
        "detail": "host deadline reached",
        "attempts": PROBE_ATTEMPTS,
    }


def test_auto_without_a_region_library_says_why() -> None:
    box = ScriptedSandbox([PERF_MISSING])
    choice = choose_meter(box, "auto", None, "the valgrind meter needs a C compiler once")
    assert choice.name == "time" and "needs a C compiler" in choice.tried["valgrind"]


def test_an_explicit_valgrind_never_falls_back() -> None:
    with pytest.raises(MeterError, match="valgrind meter does not work here: callgrind: boom"):
        choose_meter(ScriptedSandbox([JobResult("error", message="callgrind: boom")]), "valgrind", "/r.so")
    timeouts = ScriptedSandbox([JobResult("timeout", message="late")] * PROBE_ATTEMPTS)
    with pytest.raises(MeterError, match="valgrind meter did not answer in time"):
        choose_meter(timeouts, "valgrind", "/r.so")
    assert len(timeouts.payloads) == PROBE_ATTEMPTS
    with pytest.raises(MeterError, match="no C compiler"):
        choose_meter(ScriptedSandbox([]), "valgrind", None, "no C compiler")
    # and when it works after one timeout, it is what measures
    choice = choose_meter(ScriptedSandbox([JobResult("timeout"), probe_ok()]), "valgrind", "/r.so")
    assert choice.name == "valgrind" and choice.requested == "valgrind"


BUSY_LOOPS = 4


@pytest.mark.slow
@pytest.mark.valgrind
def test_auto_picks_an_instruction_counter_on_a_loaded_machine(local_sandbox: Sandbox) -> None:
    # 4 CPU-bound processes beside the probe (this machine has 2 cores): the choice must not move
    need_valgrind()
    try:
        region = local_sandbox.region_library()
    except MeterError as exc:
        pytest.skip(f"the valgrind region library cannot be built here: {exc}")
    loops = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(BUSY_LOOPS)]
    try:
        choice = choose_meter(local_sandbox, "auto", region)
    finally:
        for loop in loops:
            loop.kill()
        for loop in loops:
            loop.wait()
    assert choice.name != "time", choice.warnings
    if "perf" in choice.tried:  # no PMU here (the usual VM): valgrind it is
        assert choice.name == "valgrind"
