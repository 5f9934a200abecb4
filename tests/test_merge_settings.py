"""Which earlier results `evaluate --update` keeps: deterministic counts travel between machines."""

from __future__ import annotations

import copy
from typing import Any

from evalperf.evaluate.merge import differing_settings

CONFIG: dict[str, Any] = {"model": "m", "samples": "m.jsonl", "suite": "evalperf-curated", "meter": "valgrind"}


def _environment(**changes: Any) -> dict[str, Any]:
    """A results file's environment record as `fingerprint` writes it (pinned CPU features)."""
    environment: dict[str, Any] = {
        "cpu_model": "AMD EPYC",
        "machine": "x86_64",
        "kernel": "6.18.44",
        "os": "Linux",
        "host_python": "3.11.7",
        "evalperf": "0.1.0",
        "cpu_flags": "25fc08b1fed3d885",
        "runner": "541276e9",
        "sandbox": {
            "kind": "docker",
            "image": "evalperf-sandbox:6073790baf1e",
            "image_id": "sha256:796ec178",
            "python": "3.11.2",
            "python_build": "3.11.2 (main, May 12 2026, 05:17:27) [GCC 12.2.0]",
            "valgrind": "valgrind-3.19.0",
            "cpu_pin": "x86-64-baseline/1",
        },
        "meter": "valgrind",
        "suite": "evalperf-curated",
        "suite_hash": "de37",
    }
    for key, value in changes.items():
        if key.startswith("sandbox_"):
            environment["sandbox"][key.removeprefix("sandbox_")] = value
        else:
            environment[key] = value
    return environment


def _earlier(environment: dict[str, Any], config: dict[str, Any] = CONFIG) -> dict[str, Any]:
    return {"config": copy.deepcopy(config), "environment": environment}


def test_pinned_valgrind_counts_from_another_machine_are_kept() -> None:
    # another CPU, kernel, host Python and a rebuilt image of the same tag: counts do not depend on them
    there = _environment(
        cpu_model="Intel Xeon",
        cpu_flags="0123456789abcdef",
        kernel="6.1.0",
        host_python="3.11.2",
        sandbox_image_id="sha256:0000",
        suite_hash="other",
    )
    assert differing_settings(_earlier(there), CONFIG, _environment()) == []


def test_what_a_count_depends_on_is_still_compared() -> None:
    here = _environment()
    assert differing_settings(_earlier(_environment(runner="ffff")), CONFIG, here) == ["runner"]
    assert differing_settings(_earlier(_environment(sandbox_image="evalperf-sandbox:0")), CONFIG, here) == ["image"]
    assert differing_settings(_earlier(_environment(sandbox_python_build="3.11.2 (other)")), CONFIG, here) == [
        "python_build"
    ]
    # not pinned: the host's flags choose glibc's routines, so they matter
    unpinned = _environment(sandbox_cpu_pin=None)
    del unpinned["sandbox"]["cpu_pin"]
    flags_elsewhere = copy.deepcopy(unpinned)
    flags_elsewhere["cpu_flags"] = "0123456789abcdef"
    assert differing_settings(_earlier(flags_elsewhere), CONFIG, unpinned) == ["cpu_flags"]
    # pinned against unpinned
    assert set(differing_settings(_earlier(unpinned), CONFIG, here)) == {"cpu_flags", "cpu_pin"}
    # config still counts
    assert differing_settings(_earlier(here, {**CONFIG, "limits": {"wall_s": 9}}), CONFIG, here) == ["limits"]


def test_a_timing_meter_keeps_results_only_from_the_same_host() -> None:
    config = {**CONFIG, "meter": "time"}
    there = _environment(meter="time", kernel="6.1.0", cpu_model="Intel Xeon")
    assert differing_settings(_earlier(there, config), config, _environment(meter="time")) == ["cpu_model", "kernel"]
