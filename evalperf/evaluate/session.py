"""A measuring session: a started sandbox, the chosen meter, and the environment they define."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from evalperf.environment import fingerprint, measurement_key
from evalperf.errors import MeterError
from evalperf.meters.choose import MeterChoice, choose_meter, meter_payload
from evalperf.meters.spec import DETERMINISTIC
from evalperf.sandbox import create_sandbox
from evalperf.sandbox.base import Sandbox, SandboxSettings
from evalperf.sandbox.choose import resolve_sandbox
from evalperf.tasks.model import Suite


@dataclass
class Session:
    """What every measuring command needs once the sandbox runs."""

    kind: str
    sandbox: Sandbox
    meter: MeterChoice
    meter_fields: dict[str, Any]
    described: dict[str, Any]
    warnings: list[str] = field(default_factory=list)

    @property
    def measurement_key(self) -> dict[str, Any]:
        """What cached reference costs depend on."""
        return measurement_key(self.described, self.meter.name)

    def fingerprint(self, suite: Suite) -> dict[str, Any]:
        """The environment record of a results file."""
        return fingerprint(self.described, self.meter.name, suite.name, suite.content_hash())


def _region(sandbox: Sandbox, meter: str) -> tuple[str | None, str | None]:
    if meter not in ("auto", "valgrind"):
        return None, None
    try:
        return sandbox.region_library(), None
    except MeterError as exc:
        if meter == "valgrind":
            raise
        return None, str(exc)


@contextmanager
def open_session(sandbox: str, settings: SandboxSettings, meter: str) -> Iterator[Session]:
    """Start the sandbox (auto resolved), choose the meter by probing it inside, yield, clean up."""
    kind = resolve_sandbox(sandbox)
    with create_sandbox(kind, settings) as box:
        region, region_problem = _region(box, meter)
        # a fall-back to `time` is a warning of the choice itself, with each candidate's reason
        choice = choose_meter(box, meter, region, region_problem)
        # a CPU shared with another run matters to the noisy `time` meter only: counts do not move
        placement = box.warnings() if choice.name not in DETERMINISTIC else []
        warnings = [*choice.warnings, *placement]
        yield Session(kind, box, choice, meter_payload(choice.name, region), box.describe(), warnings)
