"""Pinning the CPU features that the measured code's libraries choose their routines by.

glibc picks memcpy, strlen, memchr, ... (and libm's routines) by the CPU's features, and OpenSSL
(hashlib) its digests: masking AVX2 moved one instruction count by 0.27%. Under valgrind the
measured process sees one of a few CPUs that valgrind makes up from the host's features (an
AVX2 host shows a Haswell), so two machines count alike only when those choices agree. A pin
masks every optional feature the routines are chosen by and fixes the cache sizes and copy
thresholds glibc would read from the CPU, so that every x86-64 machine (each has SSE2) makes
the same choices: `ld.so --list-diagnostics` under the pin agrees, on everything glibc chooses
by, between valgrind's Haswell and the hosts it ran on, an AMD EPYC (AVX-512) and an Intel Xeon
with FSRM (tests/test_cluster_pin.py; there glibc 2.36 also sets Avoid_Short_Distance_REP_MOVSB,
which no tunable clears and no routine the pin leaves reads).

A pin changes counts (other routines run), so its name is part of the measurement key (the
reference cache, the journal) and of the results' environment. The variables reach the
measured processes through the supervisor, which passes exactly PINNED_VARIABLES from its own
environment to every worker it starts (evalperf/_runner/supervisor.py).
"""

from __future__ import annotations

import platform

from evalperf.errors import ConfigError

# The only variables the supervisor hands on to the jobs (it gives them a fixed environment).
PINNED_VARIABLES = ("GLIBC_TUNABLES", "OPENSSL_ia32cap")

# glibc 2.36 (the sandbox image's) names; a name glibc does not know is ignored by it.
_MASKED_FEATURES = (
    "AVX512F",
    "AVX512CD",
    "AVX512BW",
    "AVX512DQ",
    "AVX512ER",
    "AVX512PF",
    "AVX512VL",
    "AVX2",
    "AVX",
    "FMA",
    "FMA4",
    "F16C",
    "BMI1",
    "BMI2",
    "LZCNT",
    "MOVBE",
    "POPCNT",
    "SSE4_1",
    "SSE4_2",
    "SSSE3",
    "ERMS",
    "RTM",
    "XSAVE",
    "XSAVEC",
)
# glibc's "preferred" choices it derives from the CPU model; each is set off explicitly.
_MASKED_PREFERENCES = (
    "Fast_Rep_String",
    "Fast_Unaligned_Load",
    "Fast_Unaligned_Copy",
    "Fast_Copy_Backward",
    "Prefer_PMINUB_for_stringop",
    "Prefer_ERMS",
    "Prefer_FSRM",
    "Prefer_No_VZEROUPPER",
    "AVX_Fast_Unaligned_Load",
    "Slow_BSF",
)
# Sizes glibc otherwise reads from the CPU's cache descriptors (they set copy strategies).
_FIXED_SIZES = (
    ("x86_data_cache_size", 0x8000),
    ("x86_shared_cache_size", 0x100000),
    ("x86_non_temporal_threshold", 0xC0000),
    ("x86_rep_movsb_threshold", 0x800),
    ("x86_rep_stosb_threshold", 0x800),
)
_GLIBC_TUNABLES = ":".join(
    [
        "glibc.cpu.hwcaps=" + ",".join(f"-{name}" for name in (*_MASKED_FEATURES, *_MASKED_PREFERENCES)),
        *(f"glibc.cpu.{name}={value:#x}" for name, value in _FIXED_SIZES),
    ]
)
# OpenSSL's capability vectors: CPUID.1 ECX (the upper half of the first) and its vendor bits
# 20, 28, 30 of EDX, and all of CPUID.7 (the second) are masked off.
_OPENSSL_IA32CAP = "~0xffffffff50100000:~0xffffffffffffffff"

BASELINE = "x86-64-baseline/1"  # the name changes whenever the values above do
PINS: dict[str, dict[str, str]] = {
    BASELINE: {"GLIBC_TUNABLES": _GLIBC_TUNABLES, "OPENSSL_ia32cap": _OPENSSL_IA32CAP},
}
PIN_MACHINES = ("x86_64", "AMD64")


def pin_environment(pin: str | None) -> dict[str, str]:
    """The variables that set ``pin`` for the measured processes (none when ``pin`` is None)."""
    if pin is None:
        return {}
    try:
        return dict(PINS[pin])
    except KeyError:
        raise ConfigError(f"unknown CPU feature pin {pin!r}; known: {', '.join(PINS)}") from None


def check_pinnable(machine: str | None = None) -> None:
    """ConfigError unless the pin can work on ``machine`` (default: this one): it is for x86-64."""
    machine = machine or platform.machine()
    if machine not in PIN_MACHINES:
        raise ConfigError(
            f"pinning CPU features works on x86-64 only (this is {machine}): use --no-pin-cpu-features, "
            "with workers of one kind"
        )
