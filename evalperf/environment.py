"""The environment fingerprint recorded with every result (one registry of metadata keys)."""

from __future__ import annotations

import functools
import hashlib
import platform
import sys
from dataclasses import dataclass
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
    "sandbox.cpu_pin",
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
def cpu_flags() -> tuple[str, ...]:
    """The CPU's feature flags from /proc/cpuinfo, sorted (empty when unknown)."""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("flags"):
                    return tuple(sorted(line.split(":", 1)[1].split()))
    except OSError:
        pass
    return ()


def flags_digest(flags: tuple[str, ...]) -> str:
    """sha256 (16 hex) of sorted feature flags."""
    return hashlib.sha256(" ".join(flags).encode()).hexdigest()[:16]


def cpu_flags_digest() -> str:
    """sha256 (16 hex) of the CPU's feature flags: glibc picks routines by them, which moves counts."""
    return flags_digest(cpu_flags())


@dataclass(frozen=True)
class Machines:
    """The CPUs a run's jobs run on: this machine's, or the distinct ones of a cluster's workers."""

    models: tuple[str, ...]
    flags: tuple[str, ...]  # digests of their feature flags (flags_digest), sorted and distinct
    arch: str

    @property
    def model(self) -> str:
        """The CPU model, or the models joined with " | " when the workers differ."""
        return " | ".join(self.models)

    @property
    def flags_digest(self) -> str:
        """The flags digest, or the digests joined with "," when the workers differ."""
        return ",".join(self.flags)


def this_machine() -> Machines:
    """The CPU of this machine."""
    return Machines((cpu_model(),), (cpu_flags_digest(),), platform.machine())


@functools.cache
def runner_digest() -> str:
    """sha256 of the in-sandbox runner (worker, supervisor, region helper): how calls are measured."""
    digest = hashlib.sha256()
    for path in sorted(RUNNER_DIR.iterdir()):
        if path.suffix in (".py", ".c"):
            digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def measurement_key(sandbox: dict[str, Any], meter: str, machines: Machines | None = None) -> dict[str, Any]:
    """What a deterministic count depends on: the runner, the code's Python build, valgrind, the CPU.

    ``machines``: where the jobs run (default: this machine). With the CPU features pinned
    (``sandbox["cpu_pin"]``, evalperf.sandbox.pinning) the pin replaces the flags: it is what
    makes every worker's libraries choose the same routines, whatever its flags.
    """
    machines = machines or this_machine()
    pin = sandbox.get("cpu_pin")
    key = {
        "runner": runner_digest(),
        "sandbox": sandbox.get("kind"),
        "image": sandbox.get("image"),
        "python": sandbox.get("python"),
        "python_build": sandbox.get("python_build"),
        "valgrind": sandbox.get("valgrind") if meter == "valgrind" else None,
        "machine": machines.arch,
        "cpu_model": machines.model if meter != "valgrind" else None,
        # valgrind's virtual CPU follows the host's features, and glibc chooses by them
        "cpu_flags": machines.flags_digest if pin is None else None,
        "platform": sys.platform,
    }
    if pin is not None:
        key["cpu_pin"] = pin
    return key


def recorded_measurement_key(environment: dict[str, Any], meter: str) -> dict[str, Any]:
    """The measurement key (measurement_key) of a results file's environment record (fingerprint).

    What its deterministic counts depended on, as recorded: the runner that measured them, not
    this checkout's, and the CPU the record names. Host details a count does not depend on
    (kernel, host Python, the image's local id, the CPU model under valgrind, the host's flags
    when they were pinned) are not in it.
    """
    sandbox = environment.get("sandbox")
    flags = environment.get("cpu_flags")
    machines = Machines(
        (str(environment.get("cpu_model")),),
        tuple(str(flags).split(",")) if flags is not None else (),
        str(environment.get("machine")),
    )
    key = measurement_key(sandbox if isinstance(sandbox, dict) else {}, meter, machines)
    key["runner"] = environment.get("runner")
    return key


def fingerprint(
    sandbox: dict[str, Any], meter: str, suite_name: str, suite_hash: str, machines: Machines | None = None
) -> dict[str, Any]:
    """The full environment record of a results file (``machines``: where the jobs ran, default here)."""
    machines = machines or this_machine()
    return {
        **host_fingerprint(),
        "cpu_model": machines.model,
        "cpu_flags": machines.flags_digest,
        "runner": runner_digest(),  # the in-sandbox code that measured (zygote, worker, region)
        "sandbox": sandbox,
        "meter": meter,
        "suite": suite_name,
        "suite_hash": suite_hash,
    }
