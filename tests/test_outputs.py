"""Outputs are checked before the work and written atomically; the cache goes where it is told.

The read-only folder is real: permission bits where they bind, else (root) the immutable
attribute; the test skips, saying why, when neither can make a folder refuse writes. The full
disk is simulated at the one low-level write (evalperf.store.outputs._write), which fails with
ENOSPC after part of the data, as a real full disk does.
"""

from __future__ import annotations

import errno
import json
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from evalperf.cli import main
from evalperf.errors import OutputError
from evalperf.paths import CACHE_ENV, cache_location
from evalperf.store import outputs
from evalperf.store.outputs import MIN_FREE_BYTES, check_writable, write_atomic
from tests.conftest import need_valgrind

ROOT = Path(__file__).parent.parent
DEMO = ROOT / "examples" / "replay-demo.jsonl"
MINI = f"builtin:{Path(__file__).parent / 'data' / 'mini_suite'}"
NO_DOCKER = {"DOCKER_HOST": "unix:///nonexistent/evalperf-test.sock"}


def _refuses_writes(folder: Path) -> bool:
    try:
        (folder / "probe").write_text("x")
    except OSError:
        return True
    (folder / "probe").unlink()
    return False


@pytest.fixture
def read_only(tmp_path: Path) -> Iterator[Path]:
    """A folder that really refuses new files."""
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o555)
    immutable = False
    if not _refuses_writes(folder):  # root: permission bits do not bind
        immutable = subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode == 0
    try:
        if not _refuses_writes(folder):
            pytest.skip("cannot make a folder refuse writes here (root, and no chattr +i on this file system)")
        yield folder
    finally:
        if immutable:
            subprocess.run(["chattr", "-i", str(folder)], check=True)
        folder.chmod(0o755)


def _temp_files(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.name.endswith(".tmp")]


def test_run_into_a_read_only_folder_fails_before_generating(read_only: Path, tmp_path: Path) -> None:
    results = tmp_path / "results"
    result = CliRunner().invoke(
        main,
        ["run", "--model", f"replay:{DEMO}", "--results-dir", str(results), "-o", str(read_only / "r.json")],
    )
    assert result.exit_code == 3, result.output
    assert f"cannot write the results in {read_only}" in " ".join(result.output.split())
    assert not results.exists()  # nothing generated, no run folder made


def test_generate_into_a_read_only_folder_fails_before_the_backend_starts(read_only: Path) -> None:
    result = CliRunner().invoke(main, ["generate", "--model", f"replay:{DEMO}", "--results-dir", str(read_only / "x")])
    assert result.exit_code == 3 and "cannot create the folder" in " ".join(result.output.split())


def test_evaluate_checks_its_output_before_starting_the_sandbox(read_only: Path, tmp_path: Path) -> None:
    samples = tmp_path / "samples.jsonl"
    samples.write_text(json.dumps({"task_id": "pair_sums", "solution": "def pair_sums(v):\n    return 0\n"}) + "\n")
    # Docker is unreachable: the error is the output's, so it came first
    result = CliRunner().invoke(
        main,
        [
            "evaluate",
            "--samples",
            str(samples),
            "--suite",
            MINI,
            "--sandbox",
            "docker",
            "-o",
            str(read_only / "r.json"),
        ],
        env=NO_DOCKER,
    )
    assert result.exit_code == 3 and "cannot write the results" in " ".join(result.output.split()), result.output
    assert "Docker" not in result.output


def test_leaderboard_and_report_check_their_output(read_only: Path) -> None:
    for command in ("leaderboard", "report"):
        result = CliRunner().invoke(main, [command, "whatever.json", "-o", str(read_only / "out.html")])
        assert result.exit_code == 3, (command, result.output)


def test_little_free_space_is_refused_up_front(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(outputs, "_free_bytes", lambda folder: MIN_FREE_BYTES // 4)
    with pytest.raises(OutputError, match=r"only 16 MiB free in .*: evalperf needs at least 64 MiB"):
        check_writable(tmp_path / "results.json", "the results")
    monkeypatch.undo()
    check_writable(tmp_path / "results.json", "the results")  # room enough
    with pytest.raises(OutputError, match="is a folder"):
        check_writable(tmp_path, "the results")


def _full_disk(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Make the low-level write accept 10 bytes, then fail with ENOSPC; returns the calls' sizes."""
    calls: list[int] = []

    def write(fd: int, data: memoryview) -> int:
        calls.append(len(data))
        if len(calls) == 1:
            return os.write(fd, data[:10])
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(outputs, "_write", write)
    return calls


def test_a_full_disk_leaves_no_temp_file_and_the_old_file_intact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "results.json"
    target.write_text("the previous results")
    calls = _full_disk(monkeypatch)
    with pytest.raises(OutputError, match="No space left on device"):
        write_atomic(target, "x" * 1000, "the results", durable=True)
    assert calls == [1000, 990]  # it wrote part, then the disk was full
    assert target.read_text() == "the previous results"
    assert _temp_files(tmp_path) == []
    monkeypatch.undo()
    write_atomic(target, "new", "the results")
    assert target.read_text() == "new" and _temp_files(tmp_path) == []


@pytest.mark.valgrind
def test_evaluate_on_a_full_disk_exits_3_and_leaves_no_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    need_valgrind()
    samples = tmp_path / "samples.jsonl"
    samples.write_text(json.dumps({"task_id": "pair_sums", "solution": "def pair_sums(v):\n    return 0\n"}) + "\n")
    monkeypatch.delenv(CACHE_ENV, raising=False)
    _full_disk(monkeypatch)
    out = tmp_path / "out" / "results.json"
    result = CliRunner().invoke(
        main,
        [
            "evaluate", "--samples", str(samples), "--suite", MINI, "--sandbox", "local", "--meter", "valgrind",
            "--cache-dir", str(tmp_path / "cache"), "-o", str(out),
        ],
    )  # fmt: skip
    assert result.exit_code == 3, result.output
    assert "No space left on device" in result.output and result.output.count("error:") == 1
    assert _temp_files(tmp_path) == []
    assert not out.exists()


def test_the_cache_place_follows_the_option_then_the_variables(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(CACHE_ENV, raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert cache_location() == (tmp_path / "home" / ".cache" / "evalperf", "default")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_location() == (tmp_path / "xdg" / "evalperf", "XDG_CACHE_HOME")
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "mine"))
    assert cache_location() == (tmp_path / "mine", CACHE_ENV)  # the variable wins over XDG
    # the option wins over the variable, for the command it is given to (a relative path made absolute)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["doctor", "--cache-dir", "relative/cache"], env=NO_DOCKER)
    flat = " ".join(result.output.split())
    assert f"ok cache: {tmp_path / 'relative' / 'cache'} (from --cache-dir" in flat, result.output
    assert cache_location() == (tmp_path / "relative" / "cache", CACHE_ENV)
