"""`evalperf cluster up`: a Dask scheduler and N workers on this machine, for trying it out and for tests.

Each is a process of its own, as on a real cluster: ``dask scheduler`` and N ``dask worker``
commands (``--nthreads 1 --preload evalperf.cluster``, each with its nanny, which starts the
worker again if it dies), all listening on 127.0.0.1 only, without dashboards. Each worker
claims a CPU for its sandbox as a `--jobs` slot does. stop() stops the workers first (their
preload's plugin removes their containers), then the scheduler.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import TracebackType
from typing import IO

from evalperf.cluster.config import require_distributed
from evalperf.errors import ClusterError

HOST = "127.0.0.1"  # loopback only: nothing here listens on another interface
DEFAULT_PORT = 8786  # Dask's own default
START_TIMEOUT_S = 300.0  # a loaded 2-core machine starting N+1 Python processes
STOP_TIMEOUT_S = 60.0  # for a worker to close its sandbox and exit after SIGTERM
LOG_TAIL = 1500


class LocalCluster:
    """A scheduler and ``workers`` worker processes on 127.0.0.1; a context manager."""

    def __init__(self, workers: int, port: int = DEFAULT_PORT, log_dir: Path | None = None) -> None:
        if workers < 1:
            raise ClusterError("a cluster needs at least one worker")
        self.workers = workers
        self.port = port
        self.log_dir = log_dir or Path(tempfile.mkdtemp(prefix="evalperf-cluster-"))
        self.address = ""
        self._scheduler: subprocess.Popen[bytes] | None = None
        self._workers: list[subprocess.Popen[bytes]] = []
        self._logs: list[IO[bytes]] = []

    def __enter__(self) -> LocalCluster:
        self.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.stop()

    def _spawn(self, argv: list[str], log_name: str) -> subprocess.Popen[bytes]:
        log = (self.log_dir / log_name).open("ab")
        self._logs.append(log)
        try:
            # a session of its own: Ctrl-C in the terminal reaches this process, which stops them in order
            return subprocess.Popen(
                argv, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
            )
        except OSError as exc:
            raise ClusterError(f"cannot start {argv[2]}: {exc}") from exc

    def _tail(self, log_name: str) -> str:
        try:
            return (self.log_dir / log_name).read_text(encoding="utf-8", errors="replace")[-LOG_TAIL:].strip()
        except OSError:
            return ""

    def start(self, timeout_s: float = START_TIMEOUT_S) -> str:
        """Start the scheduler and the workers; the scheduler's address once every worker has joined."""
        require_distributed()
        self.log_dir.mkdir(parents=True, exist_ok=True)
        deadline = time.monotonic() + timeout_s
        try:
            self.address = self._start_scheduler(deadline)
            for index in range(self.workers):
                self._workers.append(self._spawn(self._worker_argv(index), f"worker-{index}.log"))
            self._wait_for_workers(deadline)
        except BaseException:
            self.stop()
            raise
        return self.address

    def _start_scheduler(self, deadline: float) -> str:
        info = self.log_dir / "scheduler.json"
        info.unlink(missing_ok=True)
        argv = [
            sys.executable,
            "-m",
            "distributed.cli.dask_scheduler",
            "--host",
            HOST,
            "--port",
            str(self.port),
            "--no-dashboard",
            "--scheduler-file",
            str(info),
        ]
        self._scheduler = self._spawn(argv, "scheduler.log")
        while time.monotonic() < deadline:
            if self._scheduler.poll() is not None:
                raise ClusterError(f"the Dask scheduler did not start: {self._tail('scheduler.log')}")
            try:
                return str(json.loads(info.read_text(encoding="utf-8"))["address"])
            except (OSError, ValueError, KeyError):
                time.sleep(0.1)
        raise ClusterError(f"the Dask scheduler did not start in time: {self._tail('scheduler.log')}")

    def _worker_argv(self, index: int) -> list[str]:
        return [
            sys.executable,
            "-m",
            "distributed.cli.dask_worker",
            self.address,
            "--nthreads",
            "1",
            "--nworkers",
            "1",
            "--host",
            HOST,
            "--no-dashboard",
            "--preload",
            "evalperf.cluster",
            "--name",
            f"evalperf-{index}",
        ]

    def _wait_for_workers(self, deadline: float) -> None:
        from distributed import Client

        with Client(self.address, timeout=max(1.0, deadline - time.monotonic()), set_as_default=False) as client:
            while time.monotonic() < deadline:
                problem = self.problem()
                if problem is not None:
                    raise ClusterError(problem)
                if len(client.scheduler_info()["workers"]) >= self.workers:
                    return
                time.sleep(0.2)
        raise ClusterError(f"{self.workers} worker(s) did not join in time; logs in {self.log_dir}")

    @property
    def scheduler_pid(self) -> int | None:
        """The scheduler's process id (None when not started)."""
        return self._scheduler.pid if self._scheduler is not None else None

    def problem(self) -> str | None:
        """What died, if the scheduler or a worker command exited (None while all run)."""
        if self._scheduler is not None and self._scheduler.poll() is not None:
            return f"the Dask scheduler exited: {self._tail('scheduler.log')}"
        for index, proc in enumerate(self._workers):
            if proc.poll() is not None:
                return f"Dask worker {index} exited: {self._tail(f'worker-{index}.log')}"
        return None

    def stop(self) -> None:
        """Stop the workers (their sandboxes removed), then the scheduler; safe to call twice."""
        workers, self._workers = self._workers, []
        for proc in workers:
            _signal(proc, signal.SIGTERM)
        for proc in workers:
            _wait_or_kill(proc)
        scheduler, self._scheduler = self._scheduler, None
        if scheduler is not None:
            _signal(scheduler, signal.SIGTERM)
            _wait_or_kill(scheduler)
        logs, self._logs = self._logs, []
        for log in logs:
            log.close()


def _signal(proc: subprocess.Popen[bytes], sig: int) -> None:
    """SIGTERM to the command (its nanny closes the worker, plugins and all); SIGKILL to all it started."""
    if proc.poll() is None:
        try:
            if sig == signal.SIGKILL:
                os.killpg(proc.pid, sig)
            else:
                proc.send_signal(sig)
        except (ProcessLookupError, PermissionError):
            pass


def _wait_or_kill(proc: subprocess.Popen[bytes]) -> None:
    try:
        proc.wait(STOP_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        _signal(proc, signal.SIGKILL)
        proc.wait()
