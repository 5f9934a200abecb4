"""The environment fingerprint recorded with every result (one registry of metadata keys)."""

from __future__ import annotations

import functools
import hashlib
import platform
import sys
from typing import Any

from evalperf import __version__
from evalperf.paths import RUNNER_DIR

# The registry of fingerprint keys (dotted paths into a results file's "environment").
# Runs differing in one of MUST_MATCH are never compared silently (leaderboard, report, gate);
# differing in one of SHOULD_MATCH is shown as a warning. The suite hash is in neither: it
# covers the tasks a run selected, so runs are compared task by task on their shared tasks
# (each task's content hash, evalperf.report.load), not on how they were selected.
MUST_MATCH = ("meter",)
SHOULD_MATCH = (
    "suite",
    "cpu_model",
    "kernel",
    "sandbox.kind",
    "sandbox.image_id",
    "sandbox.python",
    "sandbox.valgrind",
    "evalperf",
    "runner",
    "cpu_flags",
)
FINGERPRINT_KEYS = (
    *MUST_MATCH,
    *SHOULD_MATCH,
    "suite_hash",
    "machine",
    "os",
    "host_python",
    "sandbox.image",
    "sandbox.python_build",
)


def lookup(environment: dict[str, Any], key: str) -> Any:
    """The value at dotted ``key`` in an environment record (None when absent)."""
    value: Any = environment
    for part in key.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    return value


def cpu_model() -> str:
    """The CPU model name from /proc/cpuinfo (or what platform knows)."""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def host_fingerprint() -> dict[str, Any]:
    """What describes the host machine."""
    return {
        "cpu_model": cpu_model(),
        "machine": platform.machine(),
        "kernel": platform.release(),
        "os": platform.system(),
        "host_python": platform.python_version(),
        "evalperf": __version__,
    }


@functools.cache
def cpu_flags_digest() -> str:
    """sha256 (16 hex) of the CPU's feature flags: glibc picks routines by them, which moves counts."""
    flags = ""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("flags"):
                    flags = " ".join(sorted(line.split(":", 1)[1].split()))
                    break
    except OSError:
        pass
    return hashlib.sha256(flags.encode()).hexdigest()[:16]


@functools.cache
def runner_digest() -> str:
    """sha256 of the in-sandbox runner (worker, supervisor, region helper): how calls are measured."""
    digest = hashlib.sha256()
    for path in sorted(RUNNER_DIR.iterdir()):
        if path.suffix in (".py", ".c"):
            digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def measurement_key(sandbox: dict[str, Any], meter: str) -> dict[str, Any]:
    """What a deterministic count depends on: the runner, the code's Python build, valgrind, arch."""
    return {
        "runner": runner_digest(),
        "sandbox": sandbox.get("kind"),
        "image": sandbox.get("image"),
        "python": sandbox.get("python"),
        "python_build": sandbox.get("python_build"),
        "valgrind": sandbox.get("valgrind") if meter == "valgrind" else None,
        "machine": platform.machine(),
        "cpu_model": cpu_model() if meter != "valgrind" else None,
        # valgrind's virtual CPU follows the host's features, and glibc chooses by them
        "cpu_flags": cpu_flags_digest(),
        "platform": sys.platform,
    }


def fingerprint(sandbox: dict[str, Any], meter: str, suite_name: str, suite_hash: str) -> dict[str, Any]:
    """The full environment record of a results file."""
    return {
        **host_fingerprint(),
        "cpu_flags": cpu_flags_digest(),
        "runner": runner_digest(),  # the in-sandbox code that measured (zygote, worker, region)
        "sandbox": sandbox,
        "meter": meter,
        "suite": suite_name,
        "suite_hash": suite_hash,
    }
