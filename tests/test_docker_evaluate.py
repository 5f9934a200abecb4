"""`evaluate` through the real Docker sandbox: hostile samples beside good ones, and repeatability."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from evalperf.cli import main
from evalperf.tasks.builtin import load_builtin_suite
from tests.conftest import docker_problem

SUITE_DIR = Path(__file__).parent / "data" / "mini_suite"

HOSTILE = [
    "import os\ndef pair_sums(values):\n    while True:\n        os.fork()\n",
    "def pair_sums(values):\n    blocks = []\n    while True:\n        blocks.append(bytearray(10**8))\n",
    "import os, signal\ndef pair_sums(values):\n    os.kill(os.getppid(), signal.SIGKILL)\n",
    "import os\ndef pair_sums(values):\n    os._exit(0)\n",
    'def pair_sums(values):\n    print(\'{"status": "ok", "outcomes": [{"value": 0}], "format": 1}\')\n    return -1\n',
    "import time\ndef pair_sums(values):\n    time.sleep(1000)\n",
]


@pytest.mark.docker
def test_hostile_samples_do_not_disturb_the_others_and_runs_repeat(tmp_path: Path) -> None:
    problem = docker_problem()
    if problem is not None:
        pytest.skip(f"docker sandbox unavailable: {problem}")
    task = load_builtin_suite(SUITE_DIR).tasks[0]
    lines: list[dict[str, Any]] = []
    for tier in task.tiers:
        lines.append({"task_id": "pair_sums", "solution": tier.code})
        lines.extend({"task_id": "pair_sums", "solution": bad} for bad in HOSTILE[:3])
    lines.extend({"task_id": "pair_sums", "solution": bad} for bad in HOSTILE[3:])
    samples = tmp_path / "samples.jsonl"
    samples.write_text("".join(json.dumps(line) + "\n" for line in lines))

    docs = []
    for name in ("a", "b"):
        out = tmp_path / f"{name}.json"
        result = CliRunner().invoke(
            main,
            [
                "evaluate",
                "--suite",
                f"builtin:{SUITE_DIR}",
                "--samples",
                str(samples),
                "--sandbox",
                "docker",
                "--meter",
                "valgrind",
                "--jobs",
                "2",
                "--timeout",
                "3",
                "--no-cache",
                "--out",
                str(out),
            ],
        )
        assert result.exit_code == 0, result.output
        docs.append(json.loads(out.read_text()))

    first, second = docs
    samples_out = first["tasks"]["pair_sums"]["samples"]
    good = [s for s, line in zip(samples_out, lines) if line["solution"] in {t.code for t in task.tiers}]
    assert [s["status"] for s in good] == ["pass"] * 3
    assert [s["matched_tier"] for s in good] == [0, 1, 2]
    bad = [s for s in samples_out if s not in good]
    assert all(s["status"] in ("error", "fail", "timeout", "memory") for s in bad)
    assert {s["status"] for s in bad} >= {"error", "timeout", "fail"}
    assert first["environment"]["sandbox"]["kind"] == "docker"
    assert first["environment"]["sandbox"]["image"].startswith("evalperf-sandbox:")

    def measured(doc: dict[str, Any]) -> list[Any]:
        # a memory bomb under valgrind meets the memory limit or the wall clock first, depending
        # on the machine's load: both are "stopped by a limit"; every other status must repeat
        def status(s: dict[str, Any]) -> str:
            return "limit" if s["status"] in ("timeout", "memory") else str(s["status"])

        t = doc["tasks"]["pair_sums"]
        return [r["cost"] for r in t["references"]["tiers"]] + [
            (status(s), s["cost"], s["matched_tier"], s["dps"], s["eff"]) for s in t["samples"]
        ]

    assert measured(first) == measured(second)
    assert first["summary"] == second["summary"]
