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
from evalperf.sandbox.base import JobResult, Sandbox, SandboxSettings
from evalperf.sandbox.channel import ChannelBroken, LineChannel, run_job
from evalperf.sandbox.cpus import CpuClaim, claim_cpu, claim_warnings
from evalperf.sandbox.pinning import pin_environment
from evalperf.sandbox.registry import register

START_TIMEOUT_S = 30.0
KILL_WAIT_S = 5.0  # for killed processes to die


class _Supervisor:
    """One supervisor child process and its channel; restarted after any breakdown."""

    def __init__(self, cpu_pin: str | None = None) -> None:
        self.cpu_pin = cpu_pin  # the CPU features pinned (evalperf.sandbox.pinning)
        self.cpu: int | None = None  # pinned to this CPU when set
        self.proc: subprocess.Popen[bytes] | None = None
        self.channel: LineChannel | None = None
        self.info: dict[str, Any] = {}
        self._owner = threading.Lock()  # held while kill() or interrupt() take over the process

    def start(self) -> None:
        argv = [sys.executable, "-s", str(RUNNER_DIR / "supervisor.py")]
        env = {
            "PYTHONHASHSEED": "0",
            "PATH": "/usr/local/bin:/usr/bin:/bin",
            "LANG": "C.UTF-8",
            **pin_environment(self.cpu_pin),
        }
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
        """Kill the supervisor and every process below it, close the pipes and reap it.

        Only the thread holding the slot's lock calls this; another thread uses interrupt().
        """
        with self._owner:
            proc, self.proc, self.channel = self.proc, None, None
        if proc is None:
            return
        if proc.poll() is None:  # not reaped yet (by interrupt()): its pid cannot belong to another process
            _kill_tree(proc.pid)
        for stream in (proc.stdin, proc.stdout):
            if stream is not None:
                stream.close()
        proc.wait()

    def interrupt(self) -> None:
        """Stop the job running here from another thread: kill the processes, leave the pipes.

        The job's reader sees end-of-file at once; its thread then closes the pipes (kill()),
        so a descriptor number reused meanwhile is never read.
        """
        with self._owner:
            proc = self.proc
        if proc is not None and proc.poll() is None:
            _kill_tree(proc.pid)


def _kill_tree(pid: int) -> None:
    """Kill a process and every process below it (workers live in their own sessions), and wait.

    Waiting ends when each is gone or a zombie: a killed grandchild stays a zombie until the
    reaper of orphans collects it, which psutil.wait_procs would wait for (a second and more).
    """
    try:
        parent = psutil.Process(pid)
        victims = [*parent.children(recursive=True), parent]
    except psutil.NoSuchProcess:
        return
    for victim in victims:
        try:
            victim.kill()
        except psutil.NoSuchProcess:
            pass
    deadline = time.monotonic() + KILL_WAIT_S
    while any(_running(victim) for victim in victims) and time.monotonic() < deadline:
        time.sleep(0.01)


def _running(process: psutil.Process) -> bool:
    try:
        return process.is_running() and process.status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False


@register("local")
class LocalSandbox(Sandbox):
    """Supervisor child processes on this machine, one per worker."""

    name = "local"

    def __init__(self, settings: SandboxSettings) -> None:
        super().__init__(settings)
        self._slots = [_Supervisor(settings.cpu_pin) for _ in range(max(1, settings.workers))]
        self._locks = [threading.Lock() for _ in self._slots]
        self._claims: list[CpuClaim] = []
        self._info: dict[str, Any] = {}
        self._closed = False

    def start(self) -> None:
        self._closed = False
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
        # A slot running a job (an interrupted run) is interrupted, not waited for; its job's
        # thread then sees _closed and kills the rest (see run()).
        self._closed = True
        for slot, lock in zip(self._slots, self._locks):
            if lock.acquire(blocking=False):
                try:
                    slot.kill()
                finally:
                    lock.release()
            else:
                slot.interrupt()
        for claim in self._claims:
            claim.close()
        self._claims = []

    def run(self, payload: dict[str, Any], worker: int = 0) -> JobResult:
        slot = self._slots[worker]
        timeout = self.host_timeout(payload)
        with self._locks[worker]:
            try:
                return self._run(slot, payload, timeout)
            finally:
                if self._closed:  # closed while this job ran: close() left the rest to this thread
                    slot.kill()

    def _run(self, slot: _Supervisor, payload: dict[str, Any], timeout: float) -> JobResult:
        if slot.channel is None:
            if self._closed:
                raise SandboxError("the local sandbox is closed")
            slot.start()
        assert slot.channel is not None
        return run_job(slot.channel, payload, timeout, slot.kill)

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
            "cpu_pin": self.settings.cpu_pin,
        }

    def placement(self) -> dict[str, Any]:
        return {
            "cpus": [claim.cpu for claim in self._claims],
            "cpus_shared": any(claim.shared for claim in self._claims),
        }

    def warnings(self) -> list[str]:
        return claim_warnings(self._claims)
