"""The order profiling jobs are handed out in (evalperf.evaluate.order)."""

from __future__ import annotations

from evalperf.evaluate.order import expected_cpu_s, heaviest_tasks_first
from evalperf.evaluate.profile import Profile
from evalperf.evaluate.references import ReferenceSet
from evalperf.evaluate.samples import Sample
from evalperf.tasks.builtin import load_builtin_suite


def refs(task_id: str, *cpu: float | None) -> ReferenceSet:
    task = load_builtin_suite().get(task_id)
    profiles = tuple(Profile("ok", (1.0,), cpu_s=c) for c in cpu)
    return ReferenceSet(task, profiles + profiles[-1:] * (len(task.tiers) - len(profiles)))


def test_heavy_tasks_go_first_and_a_tasks_jobs_stay_together() -> None:
    suite = load_builtin_suite()
    light, heavy, unknown = (t.task_id for t in suite.tasks[:3])
    references = {light: refs(light, 0.1), heavy: refs(heavy, 2.0), unknown: refs(unknown, None)}
    jobs = [
        Sample(1, light, "a", 0),
        Sample(2, unknown, "b", 0),
        Sample(3, heavy, "c", 0),
        Sample(4, light, "d", 0),
        Sample(5, heavy, "e", 0),
    ]
    ordered = heaviest_tasks_first(jobs, references)
    assert [s.line for s in ordered] == [3, 5, 1, 4, 2]


def test_many_light_jobs_outweigh_one_heavy_one() -> None:
    suite = load_builtin_suite()
    light, heavy = (t.task_id for t in suite.tasks[:2])
    references = {light: refs(light, 0.5), heavy: refs(heavy, 2.0)}
    jobs = [Sample(1, heavy, "x", 0)] + [Sample(i, light, "y", 0) for i in range(2, 8)]
    assert heaviest_tasks_first(jobs, references)[0].task_id == light


def test_expected_cost_is_the_mean_of_the_known_tiers() -> None:
    task_id = load_builtin_suite().tasks[0].task_id
    assert expected_cpu_s(refs(task_id, None)) == 0.0
    set_ = refs(task_id, 1.0, 3.0)
    known = [p.cpu_s for p in set_.profiles if p.cpu_s is not None]
    assert expected_cpu_s(set_) == sum(known) / len(known)
