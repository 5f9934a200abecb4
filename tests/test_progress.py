"""Progress: plain lines off a terminal (periodic, flushed), an ETA, and no empty phases shown."""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from rich.console import Console

from evalperf.console import RichProgress
from evalperf.errors import ConfigError
from evalperf.progress import PlainProgress, format_duration, format_eta, progress_interval

SUITE = f"builtin:{Path(__file__).parent / 'data' / 'mini_suite'}"


def test_durations_and_eta_format() -> None:
    assert format_duration(0) == "0:00:00"
    assert format_duration(59.4) == "0:00:59"
    assert format_duration(59.6) == "0:01:00"
    assert format_duration(3 * 3600 + 4 * 60 + 5) == "3:04:05"
    assert format_duration(30 * 3600) == "30:00:00"  # hours are not wrapped at a day
    assert format_duration(-2) == "0:00:00"
    assert format_eta(10.0, 0, 5) == "eta -"  # nothing done yet: no pace to go by
    assert format_eta(10.0, 2, 6) == "eta 0:00:20"  # 5 s a step, 4 steps left
    assert format_eta(90.0, 3, 3) == "eta 0:00:00"
    assert format_eta(600.0, 1, 10) == "eta 1:30:00"


def test_progress_interval_comes_from_the_environment_and_is_checked() -> None:
    assert progress_interval({}) == 30.0
    assert progress_interval({"EVALPERF_PROGRESS_INTERVAL": " 0.5 "}) == 0.5
    for bad in ("0", "-1", "soon", "nan", "inf"):
        with pytest.raises(ConfigError, match="EVALPERF_PROGRESS_INTERVAL"):
            progress_interval({"EVALPERF_PROGRESS_INTERVAL": bad})


def test_plain_lines_start_tick_and_end_and_skip_empty_phases() -> None:
    now = [100.0]
    lines: list[str] = []
    sink = PlainProgress(lines.append, interval_s=3600, clock=lambda: now[0])
    with pytest.raises(KeyboardInterrupt), sink:
        sink.start("test inputs", 0)  # nothing to do: never shown
        sink.advance("test inputs")
        sink.start("check", 4)
        now[0] = 110.0
        sink.advance("check")
        sink.tick()
        sink.advance("check", 3)
        sink.start("profile", 2)
        now[0] = 170.0
        sink.tick()  # the finished phase says nothing more
        raise KeyboardInterrupt
    assert lines == [
        "checking samples: 0/4",
        "checking samples: 1/4 (25%), 0:00:10 elapsed, eta 0:00:30",
        "checking samples: 4/4 done in 0:00:10",
        "profiling samples: 0/2",
        "profiling samples: 0/2 (0%), 0:01:00 elapsed, eta -",
        "profiling samples: 0/2, stopped",
    ]


def test_bars_on_a_terminal_show_an_eta_and_hide_empty_phases() -> None:
    screen = io.StringIO()
    with RichProgress(Console(file=screen, force_terminal=True, width=120)) as progress:
        progress.start("test inputs", 0)
        progress.start("check", 4)
        progress.advance("check")
    drawn = screen.getvalue()
    assert "checking samples" in drawn and "1/4" in drawn
    assert re.search(r"eta \d+:\d\d:\d\d", drawn)
    assert "test inputs" not in drawn and "0/0" not in drawn


def test_cli_output_to_a_pipe_gets_periodic_plain_lines(tmp_path: Path) -> None:
    # One test case sleeps, so checking lasts at least 3 s: several 0.1 s periods.
    solution = (
        "def pair_sums(values):\n"
        "    if values == [5]:\n"
        "        import time\n"
        "        time.sleep(3)\n"
        "    total = running = 0\n"
        "    for v in values:\n"
        "        total += running * v\n"
        "        running += v\n"
        "    return total\n"
    )
    samples = tmp_path / "samples.jsonl"
    samples.write_text(json.dumps({"task_id": "pair_sums", "solution": solution}) + "\n")
    env = {**os.environ, "EVALPERF_PROGRESS_INTERVAL": "0.1", "XDG_CACHE_HOME": str(tmp_path / "cache")}
    args = ["evaluate", "--suite", SUITE, "--samples", str(samples), "--sandbox", "local", "--meter", "time"]
    done = subprocess.run(
        [sys.executable, "-m", "evalperf.cli", *args, "--out", str(tmp_path / "r.json")],
        env=env,
        capture_output=True,  # pipes: not a terminal
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    lines = done.stderr.splitlines()
    assert "profiling reference tiers: 0/3" in lines
    assert any(re.fullmatch(r"profiling reference tiers: 3/3 done in \d+:\d\d:\d\d", line) for line in lines)
    assert "checking samples: 0/1" in lines
    assert any(re.fullmatch(r"checking samples: 0/1 \(0%\), \d+:\d\d:\d\d elapsed, eta -", line) for line in lines)
    assert any(re.fullmatch(r"checking samples: 1/1 done in \d+:\d\d:\d\d", line) for line in lines)
    # the built-in format has its tests' outputs: the "test inputs" phases have nothing to do
    assert "test inputs" not in done.stderr and "test outputs" not in done.stderr and "0/0" not in done.stderr
    assert "\x1b[" not in done.stderr  # no terminal control codes in a log
