"""The local sandbox: supervisors as child processes of the harness (for trusted code).

Each worker slot is one supervisor process (in its own session); each job runs in a
fresh process forked or spawned by it, in its own process group and temp directory, with
rlimits and an outside wall clock. Each supervisor, and so every job it runs, is pinned to a
CPU claimed host-wide (evalperf.sandbox.cpus). It does not isolate the file system or the network:
running untrusted code here is the user's explicit choice (``--sandbox local``).
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from typing import Any

import psutil

from evalperf.errors import SandboxError
from evalperf.meters.region import region_library
from evalperf.paths import RUNNER_DIR
from evalperf.sandbox.base import HOST_SLACK_S, JobResult, Sandbox, SandboxSettings
from evalperf.sandbox.channel import ChannelBroken, LineChannel
from evalperf.sandbox.cpus import CpuClaim, claim_cpu, claim_warnings
from evalperf.sandbox.registry import register

START_TIMEOUT_S = 30.0


class _Supervisor:
    """One supervisor child process and its channel; restarted after any breakdown."""

    def __init__(self) -> None:
        self.cpu: int | None = None  # pinned to this CPU when set
        self.proc: subprocess.Popen[bytes] | None = None
        self.channel: LineChannel | None = None
        self.info: dict[str, Any] = {}

    def start(self) -> None:
        argv = [sys.executable, "-s", str(RUNNER_DIR / "supervisor.py")]
        env = {"PYTHONHASHSEED": "0", "PATH": "/usr/local/bin:/usr/bin:/bin", "LANG": "C.UTF-8"}
        try:
            self.proc = subprocess.Popen(
                argv,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                env=env,
                start_new_session=True,
            )
        except OSError as exc:
            raise SandboxError(f"cannot start the local supervisor: {exc}") from exc
        if self.cpu is not None:
            # before its first job, so every worker it starts inherits the mask
            try:
                os.sched_setaffinity(self.proc.pid, {self.cpu})
            except OSError as exc:
                self.kill()
                raise SandboxError(f"cannot pin the local supervisor to CPU {self.cpu}: {exc}") from exc
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.channel = LineChannel(self.proc.stdin.fileno(), self.proc.stdout.fileno())
        try:
            self.channel.wait_ready(START_TIMEOUT_S)
        except ChannelBroken as exc:
            self.kill()
            raise SandboxError(f"the local supervisor did not start: {exc}") from exc

    def kill(self) -> None:
        """Kill the supervisor and every process below it (workers live in their own sessions)."""
        if self.proc is None:
            return
        try:
            parent = psutil.Process(self.proc.pid)
            victims = [*parent.children(recursive=True), parent]
        except psutil.NoSuchProcess:
            victims = []
        for victim in victims:
            try:
                victim.kill()
            except psutil.NoSuchProcess:
                pass
        psutil.wait_procs(victims, timeout=5)
        for stream in (self.proc.stdin, self.proc.stdout):
            if stream is not None:
                stream.close()
        self.proc.wait()
        self.proc = None
        self.channel = None


@register("local")
class LocalSandbox(Sandbox):
    """Supervisor child processes on this machine, one per worker."""

    name = "local"

    def __init__(self, settings: SandboxSettings) -> None:
        super().__init__(settings)
        self._slots = [_Supervisor() for _ in range(max(1, settings.workers))]
        self._locks = [threading.Lock() for _ in self._slots]
        self._claims: list[CpuClaim] = []
        self._info: dict[str, Any] = {}

    def start(self) -> None:
        try:
            for slot in self._slots:
                claim = claim_cpu(self.settings.cpu_lock_dir)
                self._claims.append(claim)
                slot.cpu = claim.cpu
                slot.start()
            self._info = self.run({"kind": "info"}).info
        except BaseException:
            self.close()
            raise

    def close(self) -> None:
        for slot in self._slots:
            slot.kill()
        for claim in self._claims:
            claim.close()
        self._claims = []

    def run(self, payload: dict[str, Any], worker: int = 0) -> JobResult:
        slot = self._slots[worker]
        limits = payload.setdefault("limits", self.settings.limits.to_json())
        timeout = float(limits.get("wall_s", self.settings.limits.wall_s)) + HOST_SLACK_S
        with self._locks[worker]:
            if slot.channel is None:
                slot.start()
            assert slot.channel is not None
            started = time.monotonic()
            try:
                response = slot.channel.request(payload, timeout)
            except ChannelBroken as exc:
                overran = time.monotonic() - started >= timeout
                slot.kill()
                if overran:
                    return JobResult(status="timeout", message=f"host deadline of {timeout:g} s reached")
                return JobResult(status="error", message=f"sandbox broke down during the job: {exc}")
            if response.get("infrastructure"):
                raise SandboxError(str(response.get("message", "the sandbox failed")))
            return JobResult.from_response(response)

    def region_library(self) -> str:
        return str(region_library())

    def describe(self) -> dict[str, Any]:
        return {
            "kind": "local",
            "image": None,
            "python": self._info.get("python"),
            "python_build": self._info.get("python_build"),
            "python_executable": self._info.get("python_executable"),
            "valgrind": self._info.get("valgrind"),
        }

    def placement(self) -> dict[str, Any]:
        return {
            "cpus": [claim.cpu for claim in self._claims],
            "cpus_shared": any(claim.shared for claim in self._claims),
        }

    def warnings(self) -> list[str]:
        return claim_warnings(self._claims)
