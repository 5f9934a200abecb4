"""The meters through the real local sandbox: valgrind exact and call-only, perf where a PMU exists, time."""

from __future__ import annotations

from typing import Any

import pytest

from evalperf.errors import MeterError
from evalperf.meters.choose import choose_meter, meter_payload, probe
from evalperf.sandbox.base import Limits, Sandbox
from tests.conftest import need_valgrind

GENERATOR = "def generate(seed, scale):\n    return [list(range(scale, 0, -1))]\n"
SOLUTION = "def work(values):\n    return sorted(values)[:3]\n"
LIMITS = Limits(wall_s=120, cpu_s=120).to_json()


def profile(
    sandbox: Sandbox, solution: str, meter: dict[str, Any], scales: tuple[int, ...] = (2000, 20000)
) -> list[Any]:
    payload = {
        "kind": "profile",
        **meter,
        "solution": solution,
        "entry_point": "work",
        "generator": GENERATOR,
        "levels": [{"seed": 0, "scale": s} for s in scales],
        "limits": LIMITS,
    }
    result = sandbox.run(payload)
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
    # heavy work at import time (hundreds of millions of instructions) is not counted; the call's
    # own count moves only by the allocator's state (a few hundred instructions)
    heavy_import = "import json\n_table = [json.dumps(i) for i in range(200000)]\n" + SOLUTION
    for heavy, plain in zip(profile(local_sandbox, heavy_import, meter), first):
        assert abs(heavy - plain) <= 0.002 * plain


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
