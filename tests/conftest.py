"""Shared fixtures: sandboxes of every provider, skipped with a printed reason when unavailable."""

from __future__ import annotations

import importlib.util
import shutil
from collections.abc import Iterator
from types import ModuleType

import pytest

from evalperf.paths import RUNNER_DIR
from evalperf.sandbox import create_sandbox, sandbox_names
from evalperf.sandbox.base import Limits, Sandbox, SandboxSettings

CHECK_LIMITS = Limits(wall_s=3.0, cpu_s=3.0, memory_mb=512)


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


def load_worker() -> ModuleType:
    """The in-sandbox worker module (standard library only), loaded here to test its functions."""
    spec = importlib.util.spec_from_file_location("evalperf_test_worker", RUNNER_DIR / "worker.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
