"""A measuring session: a started sandbox, the chosen meter, the environment they define, the engine.

On one machine the sandbox is a provider's (Docker, local) and the engine evalperf's Scheduler;
with a cluster (``cluster``), the sandbox is the cluster's workers' (evalperf.cluster) and the
engine Dask's. The rest of the flow sees a Session and a JobScheduler either way.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from evalperf.environment import Machines, fingerprint, measurement_key
from evalperf.errors import MeterError
from evalperf.evaluate.scheduler import Engine, JobScheduler, ProgressSink, Scheduler
from evalperf.meters.choose import MeterChoice, choose_meter, meter_payload
from evalperf.meters.spec import DETERMINISTIC
from evalperf.sandbox import create_sandbox
from evalperf.sandbox.base import Sandbox, SandboxSettings
from evalperf.sandbox.choose import resolve_sandbox
from evalperf.tasks.model import Suite

if TYPE_CHECKING:
    from evalperf.cluster.config import ClusterConfig


@dataclass
class Session:
    """What every measuring command needs once the sandbox runs."""

    kind: str
    sandbox: Sandbox
    meter: MeterChoice
    meter_fields: dict[str, Any]
    described: dict[str, Any]
    warnings: list[str] = field(default_factory=list)
    machines: Machines | None = None  # the CPUs at the start (None: this machine)
    engine: Engine = Scheduler

    @property
    def measurement_key(self) -> dict[str, Any]:
        """What cached reference costs depend on (fixed at the start: the journal's identity holds it)."""
        return measurement_key(self.described, self.meter.name, self.machines)

    def fingerprint(self, suite: Suite) -> dict[str, Any]:
        """The environment record of a results file (the CPUs that ran jobs so far, on a cluster)."""
        return fingerprint(self.described, self.meter.name, suite.name, suite.content_hash(), self.sandbox.machines())

    def scheduler(self, progress: ProgressSink | None = None) -> JobScheduler:
        """The engine that runs this session's jobs, reporting to ``progress``."""
        return self.engine(self.sandbox, progress)


def _region(sandbox: Sandbox, meter: str) -> tuple[str | None, str | None]:
    if meter not in ("auto", "valgrind"):
        return None, None
    try:
        return sandbox.region_library(), None
    except MeterError as exc:
        if meter == "valgrind":
            raise
        return None, str(exc)


def _provider(sandbox: str, settings: SandboxSettings, cluster: ClusterConfig | None) -> tuple[Sandbox, Engine]:
    if cluster is None:
        return create_sandbox(resolve_sandbox(sandbox), settings), Scheduler
    from evalperf.cluster.engine import cluster_engine

    return cluster_engine(cluster, settings, sandbox)


@contextmanager
def open_session(
    sandbox: str, settings: SandboxSettings, meter: str, cluster: ClusterConfig | None = None
) -> Iterator[Session]:
    """Start the sandbox (auto resolved), choose the meter by probing it inside, yield, clean up.

    ``cluster``: run on a Dask cluster's workers, each opening ``sandbox`` with ``settings``'
    limits and CPU pin (``settings.workers`` is then the cluster's business).
    """
    box, engine = _provider(sandbox, settings, cluster)
    with box:
        kind = str(box.describe().get("kind"))
        region, region_problem = _region(box, meter)
        # a fall-back to `time` is a warning of the choice itself, with each candidate's reason
        choice = choose_meter(box, meter, region, region_problem)
        # a CPU shared with another run matters to the noisy `time` meter only: counts do not move
        placement = box.warnings() if choice.name not in DETERMINISTIC else []
        warnings = [*choice.warnings, *placement]
        yield Session(
            kind,
            box,
            choice,
            meter_payload(choice.name, region),
            box.describe(),
            warnings,
            machines=box.machines(),
            engine=engine,
        )
