"""Fake sandboxes for tests that need neither Docker nor valgrind (like httpx's MockTransport).

``ScriptedSandbox`` answers jobs from a prepared list of JobResults (or raises prepared
errors) and remembers every payload. ``TamperingSandbox`` runs jobs in a real inner sandbox
but rewrites what chosen jobs answer: meter probes that fail, refusals added to check jobs.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from evalperf.sandbox.base import JobResult, Sandbox, SandboxSettings


class ScriptedSandbox(Sandbox):
    """Answers each job with the next prepared JobResult; an exception in the script is raised."""

    name = "scripted"

    def __init__(self, script: list[JobResult | Exception], settings: SandboxSettings | None = None) -> None:
        super().__init__(settings or SandboxSettings())
        self.script = list(script)
        self.payloads: list[dict[str, Any]] = []

    def start(self) -> None:
        """Nothing to start."""

    def close(self) -> None:
        """Nothing to stop."""

    def run(self, payload: dict[str, Any], worker: int = 0) -> JobResult:
        """The next scripted answer."""
        self.payloads.append(payload)
        if not self.script:
            raise AssertionError(f"unexpected job: {payload.get('kind')} {payload.get('meter')}")
        answer = self.script.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer

    def describe(self) -> dict[str, Any]:
        """A made-up description."""
        return {"kind": "scripted", "image": None, "python": "3.x"}

    def region_library(self) -> str:
        """A made-up path."""
        return "/nowhere/region.so"


def probe_ok(cost: int = 123_456) -> JobResult:
    """What a working meter answers to the probe."""
    return JobResult("ok", levels=[{"digest": "d", "cost": cost}])


class TamperingSandbox(Sandbox):
    """A real sandbox whose answers ``rewrite(payload, result)`` may change (None: run it, then rewrite)."""

    def __init__(
        self,
        inner: Sandbox,
        rewrite: Callable[[dict[str, Any], JobResult | None], JobResult | None],
    ) -> None:
        super().__init__(inner.settings)
        self.inner = inner
        self.rewrite = rewrite
        self.name = inner.name

    def start(self) -> None:
        """Start the inner sandbox."""
        self.inner.start()

    def close(self) -> None:
        """Stop the inner sandbox."""
        self.inner.close()

    def run(self, payload: dict[str, Any], worker: int = 0) -> JobResult:
        """Answer without running when ``rewrite(payload, None)`` says so, else run and rewrite."""
        early = self.rewrite(payload, None)
        if early is not None:
            return early
        result = self.inner.run(payload, worker)
        return self.rewrite(payload, result) or result

    def describe(self) -> dict[str, Any]:
        """The inner sandbox's description."""
        return self.inner.describe()

    def region_library(self) -> str:
        """The inner sandbox's region library."""
        return self.inner.region_library()


def with_refusals(result: JobResult, refused: dict[str, int]) -> JobResult:
    """``result`` as if the worker had reported ``refused``."""
    return dataclasses.replace(result, refused=dict(refused))
