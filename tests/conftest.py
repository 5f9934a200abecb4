"""Shared fixtures: sandboxes of every provider, skipped with a printed reason when unavailable."""

from __future__ import annotations

import importlib.util
import shutil
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from evalperf.paths import RUNNER_DIR
from evalperf.sandbox import create_sandbox, sandbox_names
from evalperf.sandbox.base import JobResult, Limits, Sandbox, SandboxSettings

CHECK_LIMITS = Limits(wall_s=3.0, cpu_s=3.0, memory_mb=512)
# a profile job's generator (descending lists: sorting them is real work) and generous limits
GENERATOR = "def generate(seed, scale):\n    return [list(range(scale, 0, -1))]\n"
PROFILE_LIMITS = Limits(wall_s=120, cpu_s=120).to_json()


def docker_problem() -> str | None:
    """Why the Docker sandbox cannot run here, or None."""
    if "docker" not in sandbox_names():
        return "the docker provider is not installed"
    from evalperf.sandbox.docker_pool import docker_ready

    return docker_ready()


@pytest.fixture(scope="session", params=["local", "docker"])
def sandbox(request: pytest.FixtureRequest) -> Iterator[Sandbox]:
    """A started sandbox of each provider, two workers, strict limits."""
    if request.param == "docker":
        problem = docker_problem()
        if problem is not None:
            pytest.skip(f"docker sandbox unavailable: {problem}")
    box = create_sandbox(request.param, SandboxSettings(workers=2, limits=CHECK_LIMITS))
    box.start()
    yield box
    box.close()


@pytest.fixture(scope="session")
def local_sandbox() -> Iterator[Sandbox]:
    """A started local sandbox."""
    box = create_sandbox("local", SandboxSettings(workers=2, limits=CHECK_LIMITS))
    box.start()
    yield box
    box.close()


def need_valgrind() -> None:
    """Skip with a reason when valgrind is missing."""
    if shutil.which("valgrind") is None:
        pytest.skip("valgrind is not installed")


def run_profile(
    box: Sandbox,
    solution: str,
    meter: dict[str, Any],
    scales: tuple[int, ...] = (2000, 20000),
    limits: dict[str, Any] = PROFILE_LIMITS,
    **extra: Any,
) -> JobResult:
    """Profile ``solution`` (entry point ``work``) on GENERATOR's levels of ``scales``."""
    payload = {
        "kind": "profile",
        **meter,
        "solution": solution,
        "entry_point": "work",
        "generator": GENERATOR,
        "levels": [{"seed": 0, "scale": s} for s in scales],
        "limits": limits,
        **extra,
    }
    return box.run(payload)


def wait_for(predicate: Callable[[], bool], timeout: float) -> bool:
    """Poll ``predicate`` until it holds (True) or ``timeout`` seconds pass (False)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.2)
    return False


def load_worker() -> ModuleType:
    """The in-sandbox worker module (standard library only), loaded here to test its functions."""
    spec = importlib.util.spec_from_file_location("evalperf_test_worker", RUNNER_DIR / "worker.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def owned_containers(owner: int) -> list[str]:
    """Ids of the sandbox containers whose harness is process ``owner`` (other runs may share the engine)."""
    import docker

    # sparse: no per-container inspect, which races with a container removing itself
    found = docker.from_env().containers.list(all=True, sparse=True, filters={"label": f"org.evalperf.owner={owner}"})
    return [c.id for c in found]


def without_times(value: Any) -> Any:
    """``value`` (a results document or part of one) without the CPU seconds measurements took."""
    if isinstance(value, dict):
        return {k: without_times(v) for k, v in value.items() if k != "cpu_s"}
    if isinstance(value, list):
        return [without_times(v) for v in value]
    return value


def measured_alike(document: dict[str, Any]) -> dict[str, Any]:
    """What two runs of one evaluation share wherever they ran: all but the times, the environment
    and how the jobs were spread (config ``jobs``, ``cluster``)."""
    config = {k: v for k, v in document["config"].items() if k not in ("jobs", "cluster")}
    body = {k: v for k, v in document.items() if k not in ("created", "environment", "config")}
    return dict(without_times({**body, "config": config}))


def evaluate_command(suite: Path, samples: Path, out: Path, *options: str) -> list[str]:
    """The argv of `evalperf evaluate` of ``samples`` on the suite folder ``suite``: valgrind, no cache."""
    return [
        *(sys.executable, "-m", "evalperf.cli", "evaluate", "--suite", f"builtin:{suite}", "--samples", str(samples)),
        *("--meter", "valgrind", "--no-cache", "-o", str(out), *options),
    ]
