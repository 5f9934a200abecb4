"""The built-in suite: shape, tests passed by every tier, and a property cross-check of the tiers.

Task code is the team's own, so it runs in-process here; `evalperf tasks validate` runs the
same checks (and the cost ordering) in the sandbox.
"""

from __future__ import annotations

import copy
import json
from collections import Counter
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from evalperf.evaluate.judge import same
from evalperf.tasks import CATEGORIES, load_builtin_suite
from evalperf.tasks.model import Task

SUITE = load_builtin_suite()
TASKS = {t.task_id: t for t in SUITE.tasks}


def _functions(task: Task) -> list[Any]:
    fns = []
    for tier in task.tiers:
        namespace: dict[str, Any] = {"__name__": f"tier_{tier.name}"}
        exec(compile(tier.code, f"<{task.task_id}:{tier.name}>", "exec"), namespace)
        fns.append(namespace[task.entry_point])
    return fns


def _generate(task: Task) -> Any:
    namespace: dict[str, Any] = {}
    exec(compile(task.generator, f"<{task.task_id}:generator>", "exec"), namespace)
    return namespace["generate"]


def _plain(value: Any) -> Any:
    return json.loads(json.dumps(value, default=sorted))


def test_suite_size_and_spread() -> None:
    assert len(SUITE.tasks) >= 12
    categories = Counter(t.category for t in SUITE.tasks)
    assert set(categories) <= set(CATEGORIES)
    assert all(len(t.tiers) >= 3 for t in SUITE.tasks)
    assert all(len(t.tests) >= 5 for t in SUITE.tasks)


@pytest.mark.parametrize("task_id", sorted(TASKS))
def test_every_tier_passes_the_tests(task_id: str) -> None:
    task = TASKS[task_id]
    for tier, fn in zip(task.tiers, _functions(task)):
        for number, case in enumerate(task.tests):
            got = _plain(fn(*copy.deepcopy(case.args)))
            assert same(got, case.expected, task.compare), f"{tier.name} test {number}: {got!r:.200}"


@pytest.mark.parametrize("task_id", sorted(TASKS))
def test_tiers_agree_on_random_small_inputs(task_id: str) -> None:
    task = TASKS[task_id]
    fns = _functions(task)
    generate = _generate(task)

    @settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
    @given(seed=st.integers(min_value=0, max_value=2**31), scale=st.integers(min_value=0, max_value=24))
    def cross_check(seed: int, scale: int) -> None:
        args = generate(seed, scale)
        assert generate(seed, scale) == args  # deterministic
        outputs = []
        for fn in fns:
            call_args = copy.deepcopy(args)
            outputs.append(_plain(fn(*call_args)))
        for tier, out in zip(task.tiers[1:], outputs[1:]):
            assert same(out, outputs[0], task.compare), f"{tier.name} disagrees with {task.tiers[0].name}"

    cross_check()


def test_a_sample_of_the_suite_is_seeded_and_keeps_suite_order() -> None:
    suite = load_builtin_suite()
    first, again, other = suite.sample(5, 7), suite.sample(5, 7), suite.sample(5, 8)
    ids = [t.task_id for t in first.tasks]
    assert len(ids) == 5 and ids == [t.task_id for t in again.tasks]
    assert ids != [t.task_id for t in other.tasks]  # another seed, another draw (checked for these seeds)
    order = [t.task_id for t in suite.tasks]
    assert ids == sorted(ids, key=order.index) and first.name == suite.name
    assert suite.sample(len(order) + 3, 0).tasks == suite.tasks
