"""The cluster's rules without a cluster: which workers may measure one run, the pin in the key,
--cluster without Dask installed, and the progress lines that show live workers.
"""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from evalperf.cli import main
from evalperf.cluster.workers import WorkerReport, check_workers, machines_of, run_identity
from evalperf.environment import cpu_flags_digest, measurement_key, runner_digest
from evalperf.errors import ConfigError
from evalperf.progress import PlainProgress
from evalperf.sandbox.pinning import BASELINE, PINS, pin_environment

SUITE_DIR = Path(__file__).parent / "data" / "mini_suite"
SANDBOX = {"kind": "docker", "image": "evalperf-sandbox:abc", "image_id": "sha256:1", "python": "3.11.2"}
BASE_FLAGS = ("fpu", "sse", "sse2", "ssse3", "sse4_2", "avx")


def _report(address: str, flags: tuple[str, ...] = BASE_FLAGS, pin: str | None = None, **extra: object) -> WorkerReport:
    report = WorkerReport(
        address=address,
        host="node",
        cpu_model="Some CPU",
        flags=flags,
        flags_digest="-".join(flags)[-16:],
        machine="x86_64",
        evalperf="0.1.0",
        runner=runner_digest(),
        sandbox={**SANDBOX, "cpu_pin": pin},
    )
    return replace(report, **extra)  # type: ignore[arg-type]


def test_workers_with_different_cpu_flags_are_refused_unless_pinned() -> None:
    reports = [
        _report("tcp://10.0.0.1:1"),
        _report("tcp://10.0.0.2:1", flags=(*BASE_FLAGS, "avx2", "avx512f"), cpu_model="Other CPU"),
    ]
    with pytest.raises(ConfigError) as refused:
        check_workers(reports, runner_digest())
    message = str(refused.value)
    assert "different feature flags" in message
    assert "avx2, avx512f" in message  # the flags that differ, by name
    assert "tcp://10.0.0.1:1" in message and "tcp://10.0.0.2:1" in message
    assert "--no-pin-cpu-features" in message and "Nothing was run" in message

    pinned = [replace(r, sandbox={**r.sandbox, "cpu_pin": BASELINE}) for r in reports]
    identity = check_workers(pinned, runner_digest())
    # under the pin the flags are not part of what the workers must share
    assert identity == run_identity(pinned[0]) == run_identity(pinned[1])
    assert run_identity(reports[0]) != run_identity(reports[1])
    assert machines_of(pinned).models == ("Other CPU", "Some CPU")


def test_workers_of_one_kind_pass_without_a_pin() -> None:
    reports = [_report("tcp://a:1"), _report("tcp://b:1")]
    assert check_workers(reports, runner_digest()) == run_identity(reports[0])


def test_workers_with_another_sandbox_or_evalperf_are_refused() -> None:
    other_image = _report("tcp://b:1", sandbox={**SANDBOX, "image": "evalperf-sandbox:def", "cpu_pin": None})
    with pytest.raises(ConfigError, match="different sandboxes"):
        check_workers([_report("tcp://a:1"), other_image], runner_digest())
    # the same image built on two machines has two ids: that is not a difference
    rebuilt = _report("tcp://b:1", sandbox={**SANDBOX, "image_id": "sha256:2", "cpu_pin": None})
    check_workers([_report("tcp://a:1"), rebuilt], runner_digest())
    with pytest.raises(ConfigError, match="another evalperf"):
        check_workers([_report("tcp://a:1", runner="0" * 64, evalperf="0.0.9")], runner_digest())


def test_workers_with_more_than_one_thread_are_refused() -> None:
    with pytest.raises(ConfigError, match="--nthreads 1"):
        check_workers([_report("tcp://a:1"), _report("tcp://b:1", nthreads=4)], runner_digest())


def test_the_pin_is_for_x86_64_workers_only() -> None:
    with pytest.raises(ConfigError, match="x86-64 only"):
        check_workers([_report("tcp://a:1", pin=BASELINE, machine="aarch64")], runner_digest())


def test_the_pin_replaces_the_flags_in_the_measurement_key_and_sets_the_variables() -> None:
    plain = measurement_key({"kind": "docker", "cpu_pin": None}, "valgrind")
    assert plain["cpu_flags"] == cpu_flags_digest() and "cpu_pin" not in plain
    pinned = measurement_key({"kind": "docker", "cpu_pin": BASELINE}, "valgrind")
    assert pinned["cpu_pin"] == BASELINE and pinned["cpu_flags"] is None
    env = pin_environment(BASELINE)
    assert env == PINS[BASELINE]
    assert "-AVX2" in env["GLIBC_TUNABLES"] and env["OPENSSL_ia32cap"].startswith("~")
    assert pin_environment(None) == {}
    with pytest.raises(ConfigError, match="unknown CPU feature pin"):
        pin_environment("nope")


def _samples(tmp_path: Path) -> Path:
    path = tmp_path / "samples.jsonl"
    path.write_text(json.dumps({"task_id": "pair_sums", "solution": "def pair_sums(values):\n    return 0\n"}) + "\n")
    return path


@pytest.mark.parametrize("command", ["evaluate", "validate", "run", "env"])
def test_cluster_without_the_dask_extra_exits_2_with_what_to_install(
    command: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # `import distributed` fails as if not installed
    samples = _samples(tmp_path)
    address = ["--cluster", "tcp://127.0.0.1:1"]
    args = {
        "evaluate": ["evaluate", "--suite", f"builtin:{SUITE_DIR}", "--samples", str(samples), *address],
        "validate": ["tasks", "validate", "--suite", f"builtin:{SUITE_DIR}", *address],
        # refused before the model is asked anything
        "run": ["run", "--model", "replay:/nonexistent.jsonl", "--results-dir", str(tmp_path), *address],
        "env": ["evaluate", "--suite", f"builtin:{SUITE_DIR}", "--samples", str(samples)],
    }[command]
    env = {"EVALPERF_CLUSTER": "tcp://127.0.0.1:1"} if command == "env" else {}
    result = CliRunner().invoke(main, args, env=env)
    assert result.exit_code == 2, result.output
    assert "pip install 'evalperf[dask]'" in result.output
    assert not list(tmp_path.glob("*/**/*.json"))


def test_plain_progress_says_how_many_workers_are_live() -> None:
    lines: list[str] = []
    now = [0.0]
    progress = PlainProgress(lines.append, clock=lambda: now[0])
    progress.start("profile", 4)
    progress.workers(2)
    progress.workers(2)  # unchanged: no new line
    progress.advance("profile")
    now[0] = 30.0
    progress.tick()
    progress.workers(1)
    assert lines == [
        "profiling samples: 0/4",
        "cluster: 2 workers live",
        "profiling samples: 1/4 (25%), 0:00:30 elapsed, eta 0:01:30, 2 workers",
        "cluster: 1 worker live",
    ]
