"""Resumability: a generation killed half-way (SIGKILL) continues with only what is missing."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import click
import pytest
from click.testing import CliRunner

from evalperf.cli_generate import generate
from evalperf.errors import ConfigError
from evalperf.generate.store import SampleStore, slug
from tests.openai_server import serve

ROOT = Path(__file__).parent.parent
SUITE = f"builtin:{Path(__file__).parent / 'data' / 'mini_suite'}"
N = 16


def _valid_records(path: Path) -> list[dict[str, Any]]:
    records = []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            records.append(json.loads(line))
        except ValueError:
            continue
    return records


@pytest.mark.slow
def test_killed_generation_resumes_with_only_the_missing_samples(tmp_path: Path) -> None:
    results = tmp_path / "results"
    args = [
        "--model", "test-model", "--suite", SUITE, "--n-samples", str(N), "--temperature", "0.7",
        "--concurrency", "2", "--results-dir", str(results),
    ]  # fmt: skip
    samples = results / "test-model" / "instruct-t0.7-n16" / "samples.jsonl"
    with serve(latency=0.15) as server:
        env = {**os.environ, "OPENAI_API_KEY": "sk-test", "OPENAI_BASE_URL": server.base_url}
        child = subprocess.Popen(
            [sys.executable, "-c", "from evalperf.cli_generate import generate; generate()", *args],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if samples.exists() and len(_valid_records(samples)) >= N // 2:
                break
            if child.poll() is not None:
                pytest.fail(f"the generation ended before it was killed: {child.stderr.read()!r}")  # type: ignore[union-attr]
            time.sleep(0.01)
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        assert child.returncode == -signal.SIGKILL
        kept = _valid_records(samples)
        assert N // 2 <= len(kept) < N

        before = len(server.generation_requests())
        group = click.Group(commands={"generate": generate})
        result = CliRunner().invoke(group, ["generate", *args], env=env)
        assert result.exit_code == 0, result.output
        sent_again = len(server.generation_requests()) - before

    assert sent_again == N - len(kept)
    assert f"{len(kept)} already done" in result.output
    final = _valid_records(samples)
    assert sorted(r["index"] for r in final) == list(range(N))  # each sample exactly once
    assert samples.read_text(encoding="utf-8").endswith("\n")

    # a third run has nothing left to do and sends nothing
    with serve() as server:
        env["OPENAI_BASE_URL"] = server.base_url
        again = CliRunner().invoke(group, ["generate", *args], env=env)
        assert again.exit_code == 0, again.output
        assert server.generation_requests() == [] and "generated 0 sample(s)" in again.output


@pytest.mark.slow
def test_ctrl_c_stops_at_once_without_waiting_for_requests_in_flight(tmp_path: Path) -> None:
    args = ["--model", "test-model", "--suite", SUITE, "--n-samples", "4", "--results-dir", str(tmp_path)]
    with serve(latency=20) as server:
        env = {**os.environ, "OPENAI_API_KEY": "sk-test", "OPENAI_BASE_URL": server.base_url}
        child = subprocess.Popen(
            [sys.executable, "-c", "from evalperf.cli_generate import generate; generate()", *args],
            cwd=ROOT,
            env=env,
            # a shell's background job (`cmd &`) starts with SIGINT ignored, and Python then
            # installs no KeyboardInterrupt handler: the child gets the default back
            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        deadline = time.monotonic() + 60
        while len(server.generation_requests()) < 4 and time.monotonic() < deadline:
            time.sleep(0.02)
        sent = time.monotonic()
        child.send_signal(signal.SIGINT)
        _, stderr = child.communicate(timeout=15)
        assert time.monotonic() - sent < 10  # not the 20 s the requests in flight would take
    assert child.returncode == 130 and "interrupted" in stderr


def _manifest() -> dict[str, Any]:
    return {"model": "m", "backend": "openai", "prompt_style": "instruct", "prompt_sha256": "x", "n_samples": 2,
            "sampling": {"temperature": 0.0}}  # fmt: skip


def test_store_drops_a_cut_off_last_line_and_knows_what_is_done(tmp_path: Path) -> None:
    run = tmp_path / "run"
    with SampleStore(run).open(_manifest()) as store:
        store.append({"task_id": "a", "index": 0, "solution": "x"})
        store.append({"task_id": "a", "index": 1, "solution": "y"})
    with (run / "samples.jsonl").open("a", encoding="utf-8") as handle:
        handle.write('{"task_id": "b", "index": 0, "solu')  # the kill came mid-write
    with SampleStore(run).open(_manifest()) as store:
        assert store.repaired and store.done == {("a", 0), ("a", 1)}
        store.append({"task_id": "b", "index": 0, "solution": "z"})
    lines = (run / "samples.jsonl").read_text().splitlines()
    assert [json.loads(line)["task_id"] for line in lines] == ["a", "a", "b"]


def test_store_refuses_other_settings(tmp_path: Path) -> None:
    SampleStore(tmp_path / "run").open(_manifest()).close()
    with pytest.raises(ConfigError, match="n_samples: 2 -> 5"):
        SampleStore(tmp_path / "run").open({**_manifest(), "n_samples": 5})


def test_slug_makes_safe_folder_names() -> None:
    assert slug("meta-llama/Llama-3.1-8B-Instruct") == "meta-llama--Llama-3.1-8B-Instruct"
    assert slug("qwen2.5-coder:7b") == "qwen2.5-coder_7b"
    assert slug("../../etc") == "--..--etc"  # never a path out of the results folder
    assert slug("..") == "model" and slug("") == "model"
