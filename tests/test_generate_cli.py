"""`evalperf generate` and `evalperf run` through click, on a group built here (cli.py registers them).

The end-to-end runs replay the shipped demo recording: generation, evaluation under the real
valgrind meter and scoring, with the summary printed.
"""

from __future__ import annotations

import json
import re
import socket
from pathlib import Path
from typing import Any

import click
import pytest
from click.testing import CliRunner, Result

from evalperf.cli_generate import generate, run
from tests.conftest import docker_problem, need_valgrind
from tests.openai_server import serve

ROOT = Path(__file__).parent.parent
DEMO = ROOT / "examples" / "replay-demo.jsonl"
MINI = f"builtin:{Path(__file__).parent / 'data' / 'mini_suite'}"
GROUP = click.Group(commands={"generate": generate, "run": run})


def _invoke(*args: str, env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(GROUP, list(args), env=env)


def _records(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _flat(output: str) -> str:
    """The output with rich's wrapping at the console width undone."""
    return " ".join(output.split())


def _error_lines(output: str) -> list[str]:
    return [line for line in output.splitlines() if line.startswith("error:")]


def test_generate_replays_the_demo_and_a_second_run_reuses_it(tmp_path: Path) -> None:
    first = _invoke("generate", "--model", f"replay:{DEMO}", "--results-dir", str(tmp_path))
    assert first.exit_code == 0, first.output
    samples = tmp_path / "replay-demo" / "instruct-t0-n3" / "samples.jsonl"
    assert "generated 36 sample(s) with replay" in first.output and "3 per task, 12 tasks" in first.output
    assert "sanitized: 1 no_code, 34 ok, 1 syntax_error" in first.output
    assert re.search(r"replay file covers 12 of the suite's \d+ tasks", first.output)
    records = _records(samples)
    assert len(records) == 36 and all(r["raw"] and r["solution"] for r in records)
    second = _invoke("generate", "--model", f"replay:{DEMO}", "--results-dir", str(tmp_path))
    assert second.exit_code == 0 and "generated 0 sample(s)" in second.output and "36 already done" in second.output
    assert len(_records(samples)) == 36


def test_presets_set_generation_defaults_and_options_win(tmp_path: Path) -> None:
    quick = _invoke("generate", "--model", f"replay:{DEMO}", "--config", "quick", "--results-dir", str(tmp_path))
    assert quick.exit_code == 0, quick.output
    assert len(_records(tmp_path / "replay-demo" / "instruct-t0-n1" / "samples.jsonl")) == 12
    paper = _invoke(
        "generate", "--model", f"replay:{DEMO}", "--config", "evalperf-paper", "--n-samples", "2",
        "--tasks", "pattern_positions", "--results-dir", str(tmp_path),
    )  # fmt: skip
    assert paper.exit_code == 0, paper.output
    (record,) = {
        r["params"]["max_tokens"] for r in _records(tmp_path / "replay-demo" / "instruct-t1-n2" / "samples.jsonl")
    }
    assert record == 2048  # from the preset; n_samples from the command line


def test_bad_preset_value_is_one_line(tmp_path: Path) -> None:
    preset = tmp_path / "p.toml"
    preset.write_text('[generate]\nn_samples = "many"\n')
    result = _invoke("generate", "--model", f"replay:{DEMO}", "--config", str(preset), "--results-dir", str(tmp_path))
    assert result.exit_code == 2 and "n_samples must be of type int" in _flat(result.output)
    preset.write_text("[generate]\nbatch = 3\n")
    result = _invoke("generate", "--model", f"replay:{DEMO}", "--config", str(preset), "--results-dir", str(tmp_path))
    assert result.exit_code == 2 and "unknown keys in [generate]: batch" in _flat(result.output)


def _port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_failures_are_one_error_line_and_their_exit_code(tmp_path: Path) -> None:
    # the model server and backend are what the command depends on (3); a bad option is input (2)
    common = ["--suite", MINI, "--results-dir", str(tmp_path), "--n-samples", "2"]
    down = _invoke("run", "--model", "m", "--base-url", f"http://127.0.0.1:{_port()}/v1", *common)
    assert down.exit_code == 3 and len(_error_lines(down.output)) == 1
    assert "cannot reach the model server" in _flat(down.output)
    with serve() as server:
        env = {"OPENAI_BASE_URL": server.base_url, "OPENAI_API_KEY": "sk-wrong"}
        bad_key = _invoke("run", "--model", "test-model", *common, env=env)
        env["OPENAI_API_KEY"] = "sk-test"
        bad_model = _invoke("run", "--model", "no-such-model", *common, env=env)
    assert bad_key.exit_code == 3 and len(_error_lines(bad_key.output)) == 1
    assert "refused the API key" in _flat(bad_key.output)
    assert bad_model.exit_code == 3 and len(_error_lines(bad_model.output)) == 1
    assert "model 'no-such-model' not found" in _flat(bad_model.output)
    assert "evaluat" not in bad_model.output.lower()  # nothing is evaluated after a failed generation
    style = _invoke("generate", "--model", f"replay:{DEMO}", "--prompt-style", "fancy", "--results-dir", str(tmp_path))
    assert style.exit_code == 2 and "unknown prompt style 'fancy'" in _flat(style.output)
    vllm = _invoke("generate", "--model", "org/m", "--backend", "vllm", *common)
    assert vllm.exit_code == 3 and "pip install vllm, or install evalperf with its 'vllm' extra" in _flat(vllm.output)


@pytest.mark.valgrind
@pytest.mark.slow
def test_run_replays_generates_evaluates_and_scores_end_to_end(tmp_path: Path) -> None:
    need_valgrind()
    result = _invoke(
        "run", "--model", f"replay:{DEMO}", "--tasks", "pattern_positions,parse_int_csv",
        "--sandbox", "local", "--meter", "valgrind", "--jobs", "2", "--results-dir", str(tmp_path),
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "generated 6 sample(s) with replay" in result.output and "evalperf results (valgrind meter" in result.output
    document = json.loads((tmp_path / "replay-demo" / "instruct-t0-n3" / "results.json").read_text())
    assert set(document["tasks"]) == {"pattern_positions", "parse_int_csv"}
    for task in document["tasks"].values():
        # each has two correct answers and one wrong one (overlaps lost; a crash on "")
        assert [task["scores"]["n"], task["scores"]["correct"]] == [3, 2]
    summary = document["summary"]
    assert summary["tasks_scored"] == 2 and summary["pass@1"] == pytest.approx(2 / 3)
    assert 0 < summary["dps"] <= 100
    assert document["config"]["samples"].endswith("samples.jsonl")


@pytest.mark.docker
@pytest.mark.slow
def test_run_uses_the_docker_sandbox_by_default(tmp_path: Path) -> None:
    problem = docker_problem()
    if problem is not None:
        pytest.skip(f"docker sandbox unavailable: {problem}")
    recording = tmp_path / "rec.jsonl"
    recording.write_text(
        json.dumps({"task_id": "pair_sums", "raw": "```python\ndef pair_sums(values):\n    return 0\n```"})
        + "\n"
        + json.dumps(
            {
                "task_id": "pair_sums",
                "raw": "def pair_sums(values):\n    s = sum(values)\n"
                "    return (s * s - sum(v * v for v in values)) // 2\n",
            }
        )
        + "\n"
    )
    result = _invoke("run", "--model", f"replay:{recording}", "--suite", MINI, "--results-dir", str(tmp_path))
    assert result.exit_code == 0, result.output
    document = json.loads((tmp_path / "replay-rec" / "instruct-t0-n2" / "results.json").read_text())
    assert document["environment"]["sandbox"]["kind"] == "docker"
    assert document["tasks"]["pair_sums"]["scores"]["correct"] == 1
