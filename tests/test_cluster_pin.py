"""The CPU-feature pin makes glibc choose alike on two different CPUs: this machine's and valgrind's.

Under valgrind the measured process sees a CPU that valgrind makes up (a Haswell on an AVX2
host), natively it sees the host's: two CPUs, as two kinds of cluster worker would be. Under
the pin, `ld.so --list-diagnostics` must agree between them on everything glibc chooses its
string and memory routines by: the usable features of CPUID leaf 1, the preferences derived
from the model, the cache sizes and copy thresholds. Bits no routine is chosen by (SHA, ADX,
...), the AVX-512 preference (AVX-512 is masked), the stop threshold of the ERMS copy (ERMS
is masked) and Avoid_Short_Distance_REP_MOVSB are left out of the comparison. glibc 2.36 sets
that last one on CPUs with FSRM (an Intel Xeon here; valgrind's CPU has no FSRM) and no tunable
clears it; only the `rep movsb` path of memmove's `*_erms` variants reads it, and glibc picks
those only with ERMS, Prefer_ERMS or Prefer_FSRM, all three masked (asserted below).
"""

from __future__ import annotations

import re

import pytest

from evalperf.sandbox.pinning import BASELINE, pin_environment
from tests.conftest import docker_problem

pytestmark = pytest.mark.docker

LD_SO = "/lib64/ld-linux-x86-64.so.2"
CHOSEN_BY = re.compile(
    r"^x86\.cpu_features\.(features\[0x0\]\.active\[0x[23]\]|preferred\.\w+|data_cache_size|shared_cache_size"
    r"|non_temporal_threshold|rep_movsb_threshold|rep_stosb_threshold)="
)
NOT_CHOSEN_BY = ("preferred.Prefer_No_AVX512", "preferred.Avoid_Short_Distance_REP_MOVSB")
# CPUID leaf 7 EBX, where other bits differ (SHA, ADX, ...): those that glibc's routines are chosen
# by, BMI1, AVX2, BMI2, ERMS, RTM and AVX-512 F/DQ/CD/BW/VL
LEAF7 = "x86.cpu_features.features[0x1].active[0x1]"
LEAF7_CHOSEN_BY = sum(1 << bit for bit in (3, 5, 8, 9, 11, 16, 17, 28, 30, 31))


def _diagnostics(client: object, image: str, under_valgrind: bool, env: dict[str, str]) -> dict[str, str]:
    command = [LD_SO, "--list-diagnostics"]
    if under_valgrind:
        command = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", "-q", *command]
    output = client.containers.run(  # type: ignore[attr-defined]
        image, command, environment=env, network_disabled=True, remove=True, stderr=True
    ).decode()
    found = {}
    for line in output.splitlines():
        key, _, value = line.partition("=")
        if CHOSEN_BY.match(line) and not any(part in line for part in NOT_CHOSEN_BY):
            found[key] = value
        elif key == LEAF7:
            found[key] = hex(int(value, 16) & LEAF7_CHOSEN_BY)
    return found


def test_under_the_pin_glibc_chooses_alike_natively_and_under_valgrind() -> None:
    problem = docker_problem()
    if problem is not None:
        pytest.skip(f"docker sandbox unavailable: {problem}")
    from evalperf.sandbox.image import connect, find_image

    client = connect()
    image = find_image(client)
    assert image is not None
    env = pin_environment(BASELINE)
    native = _diagnostics(client, image.id, False, env)
    virtual = _diagnostics(client, image.id, True, env)
    assert len(native) > 10, native  # the diagnostics were read
    assert native == virtual
    assert native["x86.cpu_features.data_cache_size"] == "0x8000"  # the pinned value, not the CPU's
    assert native[LEAF7] == "0x0"  # no AVX2, no ERMS, ...
    # so no *_erms memmove is chosen, and Avoid_Short_Distance_REP_MOVSB is never read
    assert native["x86.cpu_features.preferred.Prefer_ERMS"] == native["x86.cpu_features.preferred.Prefer_FSRM"] == "0x0"
