"""A tier's reference program must count the same when measured again.

A pool program may use randomness the sandbox does not fix (``random`` seeded from os.urandom,
Pollard's rho with a random constant, a randomized primality test): its count then changes from
one run to the next. As a tier's reference it would make the task fail validation (its tier, as
a sample, would not land on itself), so before a task is written each reference program is
profiled once more; one whose count differs is left out of the clusters as ``not-reproducible``
and the costs are clustered again, until every reference repeats its count.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from evalperf.curate.measure import Measured, PoolMeasurement
from evalperf.evaluate.jobs import profile_payload
from evalperf.evaluate.pipeline import EvalConfig
from evalperf.evaluate.profile import Profile, read_profile
from evalperf.evaluate.scheduler import JobScheduler

NOT_REPRODUCIBLE = "not-reproducible"


def _same(first: Profile | None, second: Profile) -> bool:
    return (
        first is not None
        and second.ok
        and first.level_costs == second.level_costs
        and first.load_cost == second.load_cost
        and first.digests == second.digests
    )


def unrepeatable(
    measured: PoolMeasurement, indices: Sequence[int], code: Sequence[str], scheduler: JobScheduler, config: EvalConfig
) -> dict[int, str]:
    """Of the pool programs ``indices`` (profiled), those whose second measurement differs, with how."""
    limits = config.profile_limits()
    task = measured.task
    payloads = [profile_payload(task, code[i], config.meter_fields, limits) for i in indices]
    results = scheduler.run_all("repeating tier references", payloads)
    by_index = {m.index: m for m in measured.programs}
    found = {}
    for index, result in zip(indices, results):
        again = read_profile(result, len(task.levels), measured.references.digests)
        first = by_index[index].profile
        if not _same(first, again):
            before = "?" if first is None or first.cost is None else f"{first.cost:,.0f}"
            after = f"{again.cost:,.0f}" if again.ok and again.cost is not None else f"{again.status} {again.message}"
            found[index] = f"counted {before}, then {after} when measured again"
    return found


def leave_out(measured: PoolMeasurement, found: dict[int, str]) -> PoolMeasurement:
    """``measured`` with the programs of ``found`` marked not reproducible (no cost)."""
    programs: list[Measured] = [
        replace(m, outcome=NOT_REPRODUCIBLE, cost=None, message=found[m.index]) if m.index in found else m
        for m in measured.programs
    ]
    return replace(measured, programs=programs)
