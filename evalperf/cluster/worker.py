"""The worker's side: its own warm sandbox, held by a WorkerPlugin, and the function jobs run.

The preload (evalperf.cluster.dask_setup) installs SandboxPlugin when the Dask worker starts.
The plugin opens one sandbox with one worker slot (a Docker container on a CPU claimed on this
host, as `--jobs 1` would) in a background thread and warms its valgrind zygote, so the worker
joins at once and its first job finds the sandbox ready; it closes the sandbox (the container
is removed) when the worker stops. If the worker process dies instead, its container goes with
it: the supervisor exits when its channel closes, and the sandbox's reaper removes what is left.

A job is ``run_job(payload, spec, identity, key)``, run in the worker's one thread: the
sandbox runs the payload exactly as on one machine. ``spec`` is the sandbox the run wants
(provider, limits, CPU pin): a worker whose sandbox differs reopens it first. ``identity`` is
the run's (evalperf.cluster.workers.run_identity): a worker that is not alike refuses the job.
"""

from __future__ import annotations

import asyncio
import os
import socket
import threading
from dataclasses import dataclass, replace
from typing import Any

from distributed import Reschedule, WorkerPlugin, get_worker

from evalperf import __version__
from evalperf.cluster.workers import WorkerReport, run_identity
from evalperf.environment import cpu_flags, cpu_model, flags_digest, runner_digest
from evalperf.errors import ClusterError, ConfigError, EvalperfError, MeterError, SandboxError
from evalperf.meters.choose import probe_meter
from evalperf.sandbox.base import JobResult, Limits, Sandbox, SandboxSettings
from evalperf.sandbox.pinning import BASELINE

PLUGIN_NAME = "evalperf-sandbox"


@dataclass(frozen=True)
class WorkerSpec:
    """The sandbox a run wants on every worker."""

    sandbox: str = "docker"  # a provider name, or auto (resolved on the worker)
    limits: Limits = Limits()  # the defaults; the container's memory limit follows them
    cpu_pin: str | None = BASELINE

    def settings(self) -> SandboxSettings:
        """One worker slot: each Dask worker is one slot of the run."""
        return SandboxSettings(workers=1, limits=self.limits, cpu_pin=self.cpu_pin)


DEFAULT_SPEC = WorkerSpec()  # what a worker opens when it starts, before any run asks


def _open(spec: WorkerSpec) -> Sandbox:
    from evalperf.sandbox import create_sandbox

    box = create_sandbox(spec.sandbox, spec.settings())
    box.start()
    return box


def _warm(box: Sandbox) -> None:
    """Start the valgrind zygote with a probe job, so that the first real job does not pay for it."""
    try:
        probe_meter(box, "valgrind", box.region_library(), attempts=1)
    except (MeterError, EvalperfError):
        pass  # a worker without the valgrind meter is warm as it is: a run that needs it is told by its probe


class SandboxPlugin(WorkerPlugin):  # type: ignore[misc]  # distributed is untyped
    """One worker's sandbox: opened at setup (in the background), reopened for another spec, closed at teardown."""

    name = PLUGIN_NAME

    def __init__(self, spec: WorkerSpec = DEFAULT_SPEC, warm: bool = True) -> None:
        self._initial = spec
        self._warm_up = warm
        self._lock = threading.Lock()  # one job (or report) at a time opens and uses the sandbox
        self._box: Sandbox | None = None
        self._spec: WorkerSpec | None = None
        self._report: WorkerReport | None = None
        self._batch: str | None = None  # the key of the job running now (see interrupt)
        self._stale = False  # the sandbox was closed under a job: open a fresh one for the next
        self._address = ""
        self._nthreads = 1
        self._auto: str | None = None  # what `--sandbox auto` resolved to here
        self._closed = False

    def __getstate__(self) -> tuple[WorkerSpec, bool]:
        # sent to the workers by Client.register_plugin: only what it is asked to open
        return self._initial, self._warm_up

    def __setstate__(self, state: tuple[WorkerSpec, bool]) -> None:
        self.__init__(*state)  # type: ignore[misc]

    # -- Dask's hooks ---------------------------------------------------------------------------
    def setup(self, worker: Any) -> None:
        """Open the sandbox in the background: the worker joins now, its first job waits for it."""
        self._address = str(worker.address)
        self._nthreads = int(worker.state.nthreads)
        threading.Thread(target=self._open_initial, name="evalperf-sandbox-open", daemon=True).start()

    async def teardown(self, worker: Any) -> None:
        """Close the sandbox (its containers are removed) without blocking the worker's event loop."""
        await asyncio.get_running_loop().run_in_executor(None, self.close)

    # -- what the client asks ------------------------------------------------------------------
    def run(self, payload: dict[str, Any], spec: WorkerSpec, identity: str, key: str) -> tuple[JobResult, WorkerReport]:
        """Run one job in this worker's sandbox (refused when this worker is not like the run's others)."""
        with self._lock:
            box, _ = self._ensure(spec)
            report = self._report
            assert report is not None
            mine = run_identity(report)
            if mine != identity:
                raise ConfigError(
                    f"worker {self._address} ({report.cpu_model}, flags {report.flags_digest}, "
                    f"sandbox {report.sandbox.get('image')}) joined the cluster but measures otherwise than the "
                    "run's first workers (another CPU without a pin, another image or evalperf): remove it from the "
                    "cluster, or pin the CPU features; finished jobs are kept, run the same command again to resume"
                )
            if payload.get("meter") == "valgrind" and "region_library" in payload:
                # the library's path is this sandbox's (a local sandbox's lies in each machine's cache)
                payload = {**payload, "region_library": box.region_library()}
            self._batch = key
            try:
                return box.run(payload), report
            finally:
                self._batch = None

    def report(self, spec: WorkerSpec) -> WorkerReport:
        """This worker's description with the sandbox ``spec`` open (opened and warmed now if needed).

        A run asks every worker for it before its first job, so a sandbox reopened for the run's
        spec is warm by then, on every worker at once.
        """
        with self._lock:
            box, opened = self._ensure(spec)
            if opened and self._warm_up:
                _warm(box)
            assert self._report is not None
            return self._report

    def interrupt(self, prefix: str) -> bool:
        """Stop the job running here if its key starts with ``prefix`` (an interrupted run's).

        Called from the client's `Client.run` (not the job's thread), so it takes no lock: the
        sandbox is closed under the job (both providers stop a running job that way), and the
        next job opens a fresh one.
        """
        running, box = self._batch, self._box
        if running is None or box is None or not running.startswith(prefix):
            return False
        self._stale = True
        box.close()
        return True

    def close(self) -> None:
        """Close the sandbox for good (the worker stops): a job still running is stopped, not waited for."""
        self._closed = True
        box = self._box
        if box is not None and self._batch is not None:
            box.close()
        with self._lock:
            self._close_box()

    # -- inside ----------------------------------------------------------------------------------
    def _open_initial(self) -> None:
        try:
            with self._lock:
                if self._box is None and not self._closed:
                    box, _ = self._ensure(self._initial)
                    if self._warm_up:
                        _warm(box)
        except EvalperfError:
            pass  # said again, to the client, by the first job or report that needs the sandbox

    def _resolved(self, spec: WorkerSpec) -> WorkerSpec:
        """``spec`` with `auto` resolved on this worker (once: it asks the Docker engine)."""
        if spec.sandbox != "auto":
            return spec
        if self._auto is None:
            from evalperf.sandbox.choose import resolve_sandbox

            self._auto = resolve_sandbox("auto")
        return replace(spec, sandbox=self._auto)

    def _ensure(self, wanted: WorkerSpec) -> tuple[Sandbox, bool]:
        """The sandbox ``wanted`` asks for, and whether it was opened just now."""
        if self._closed:
            raise Reschedule()  # this worker is stopping: Dask gives the job to another
        try:
            spec = self._resolved(wanted)
            if self._box is not None and self._spec == spec and not self._stale:
                return self._box, False
            self._close_box()
            box = _open(spec)
        except (SandboxError, MeterError) as exc:  # said to the client: name the worker
            raise type(exc)(f"on Dask worker {self._address}: {exc}") from exc
        self._box, self._spec, self._stale = box, spec, False
        self._report = _describe(self._address, self._nthreads, box)
        return box, True

    def _close_box(self) -> None:
        box, self._box, self._report = self._box, None, None
        if box is not None:
            box.close()


def _describe(address: str, nthreads: int, box: Sandbox) -> WorkerReport:
    flags = cpu_flags()
    try:
        region: str | None = box.region_library()
    except MeterError:
        region = None
    return WorkerReport(
        address=address,
        host=socket.gethostname(),
        cpu_model=cpu_model(),
        flags=flags,
        flags_digest=flags_digest(flags),
        machine=os.uname().machine,
        evalperf=__version__,
        runner=runner_digest(),
        sandbox=box.describe(),
        region_library=region,
        warnings=tuple(box.warnings()),
        nthreads=nthreads,
    )


async def install(worker: Any) -> None:
    """Add the sandbox plugin to ``worker`` (the preload's work)."""
    await worker.plugin_add(SandboxPlugin(), name=PLUGIN_NAME)


def _plugin() -> SandboxPlugin:
    worker = get_worker()
    plugin = worker.plugins.get(PLUGIN_NAME)
    if not isinstance(plugin, SandboxPlugin):
        raise ClusterError(
            f"Dask worker {worker.address} has no evalperf sandbox: start workers with "
            "`dask worker ADDRESS --nthreads 1 --preload evalperf.cluster` (see docs/cluster.md)"
        )
    return plugin


def run_job(payload: dict[str, Any], spec: WorkerSpec, identity: str, key: str) -> tuple[JobResult, WorkerReport]:
    """The task the client submits: one job in this worker's sandbox, and who ran it."""
    return _plugin().run(payload, spec, identity, key)


async def report_worker(spec: WorkerSpec, dask_worker: Any = None) -> WorkerReport:
    """Run by `Client.run` on every worker: open ``spec``'s sandbox and describe the worker."""
    plugin = dask_worker.plugins.get(PLUGIN_NAME) if dask_worker is not None else None
    if not isinstance(plugin, SandboxPlugin):
        raise ClusterError(
            f"Dask worker {getattr(dask_worker, 'address', '?')} was started without the evalperf preload: start "
            "workers with `dask worker ADDRESS --nthreads 1 --preload evalperf.cluster` (see docs/cluster.md)"
        )
    return await asyncio.get_running_loop().run_in_executor(None, plugin.report, spec)


async def interrupt_jobs(prefix: str, dask_worker: Any = None) -> bool:
    """Run by `Client.run` when a run is interrupted: stop its job running on this worker, if any."""
    plugin = dask_worker.plugins.get(PLUGIN_NAME) if dask_worker is not None else None
    if not isinstance(plugin, SandboxPlugin):
        return False
    return await asyncio.get_running_loop().run_in_executor(None, plugin.interrupt, prefix)
