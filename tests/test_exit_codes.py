"""One exit-code rule for every command (evalperf.cli_common.ExitCode, README "Exit codes").

Each command is run on bad input and must exit 2; the table must name every command the CLI
registers, so a new command cannot skip the rule. Broken environments exit 3, bugs 4.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from evalperf import errors
from evalperf.cli import main
from evalperf.cli_common import ERROR_CODES, ExitCode, exit_code, handle_errors

ROOT = Path(__file__).parent.parent
DEMO = ROOT / "examples" / "replay-demo.jsonl"
MINI = f"builtin:{Path(__file__).parent / 'data' / 'mini_suite'}"
NO_DOCKER = {"DOCKER_HOST": "unix:///nonexistent/evalperf-test.sock"}


def _commands(group: click.Group, prefix: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    for name, command in group.commands.items():
        if isinstance(command, click.Group):
            yield from _commands(command, (*prefix, name))
        else:
            yield (*prefix, name)


def _bad_inputs(tmp_path: Path) -> dict[tuple[str, ...], list[str]]:
    """For each command, an invocation whose input is wrong."""
    samples = tmp_path / "samples.jsonl"
    samples.write_text(json.dumps({"task_id": "pair_sums", "solution": "def pair_sums(v):\n    return 0\n"}) + "\n")
    garbage = tmp_path / "garbage.json"
    garbage.write_text("{not json")
    out = str(tmp_path / "out")
    return {
        ("evaluate",): ["--samples", str(samples), "--suite", MINI, "--tasks", "pair_sum", "-o", f"{out}/r.json"],
        ("run",): ["--model", f"replay:{DEMO}", "--tasks", "no_such_task", "--results-dir", out],
        ("generate",): ["--model", f"replay:{DEMO}", "--prompt-style", "fancy", "--results-dir", out],
        ("tasks", "list"): ["--suite", "no-such-suite"],
        ("tasks", "show"): ["pair_sum", "--suite", MINI],
        ("tasks", "validate"): ["pair_sum", "--suite", MINI, "--sandbox", "local"],
        ("sandbox", "build"): ["--mode", "somehow"],
        ("sandbox", "check"): ["unexpected-argument"],
        ("sandbox", "clean"): ["--everything"],
        ("doctor",): ["--verbose"],
        ("cluster", "up"): ["--workers", "0"],
        ("curate",): ["pair_sum", "--suite", MINI, "--pool", str(garbage), "-o", f"{out}/curated"],
        ("leaderboard",): [str(garbage)],
        ("report",): [str(garbage), "-o", f"{out}/report.html"],
        ("gate",): [str(garbage), "--min-dps", "50"],
    }


def test_every_command_exits_2_on_bad_input(tmp_path: Path) -> None:
    cases = _bad_inputs(tmp_path)
    assert set(cases) == set(_commands(main)), "every command needs a bad-input case here"
    for command, args in cases.items():
        result = CliRunner().invoke(main, [*command, *args])
        assert result.exit_code == ExitCode.BAD_INPUT, (command, result.output)
        assert "Traceback" not in result.output, (command, result.output)
    assert not (tmp_path / "out" / "report.html").exists()


def test_a_mistyped_task_id_gets_the_close_ids(tmp_path: Path) -> None:
    cases = _bad_inputs(tmp_path)
    for command in (("evaluate",), ("tasks", "show"), ("tasks", "validate")):
        result = CliRunner().invoke(main, [*command, *cases[command]])
        flat = " ".join(result.output.split())
        assert "unknown task id 'pair_sum' (did you mean 'pair_sums'?)" in flat, (command, result.output)
    far = CliRunner().invoke(main, ["tasks", "show", "zzzz", "--suite", MINI])
    assert far.exit_code == 2 and "unknown task id 'zzzz'; see `evalperf tasks list`" in " ".join(far.output.split())


def test_every_error_class_has_its_code() -> None:
    def subclasses(kind: type[errors.EvalperfError]) -> set[type[errors.EvalperfError]]:
        found = set(kind.__subclasses__())
        return found.union(*(subclasses(k) for k in found)) if found else found

    mapped = {kind for kind, _ in ERROR_CODES}
    for kind in subclasses(errors.EvalperfError):
        assert kind in mapped or any(issubclass(kind, m) for m in mapped), kind
    assert exit_code(errors.OutputError("disk full")) == ExitCode.ENVIRONMENT  # not its parent's BAD_INPUT
    assert exit_code(errors.ResultsError("not a results file")) == ExitCode.BAD_INPUT
    assert exit_code(errors.RequestError("server gone")) == ExitCode.ENVIRONMENT
    assert exit_code(errors.ImageError("not built")) == ExitCode.ENVIRONMENT


def test_a_broken_environment_exits_3(tmp_path: Path) -> None:
    samples = tmp_path / "samples.jsonl"
    samples.write_text(json.dumps({"task_id": "pair_sums", "solution": "def pair_sums(v):\n    return 0\n"}) + "\n")
    result = CliRunner().invoke(
        main,
        ["evaluate", "--samples", str(samples), "--suite", MINI, "--sandbox", "docker", "-o", str(tmp_path / "r.json")],
        env=NO_DOCKER,
    )
    assert result.exit_code == ExitCode.ENVIRONMENT, result.output
    assert result.output.count("error:") == 1


def test_doctor_exits_3_when_something_needed_is_broken(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("EVALPERF_CACHE_DIR", raising=False)  # --cache-dir sets it; restored after the test
    cache = tmp_path / "my cache"
    result = CliRunner().invoke(main, ["doctor", "--cache-dir", str(cache)], env=NO_DOCKER)
    assert result.exit_code == ExitCode.ENVIRONMENT, result.output
    flat = " ".join(result.output.split())
    assert "no docker: engine not reachable" in flat, result.output
    assert flat.endswith("problem(s) to fix: docker")
    # the cache is shown, with what chose its place
    assert f"ok cache: {cache} (from --cache-dir" in flat, result.output


def test_a_bug_exits_4_with_its_traceback_never_1() -> None:
    @click.command()
    @handle_errors
    def broken() -> None:
        raise ZeroDivisionError("a bug")

    @click.command()
    @handle_errors
    def refused() -> None:
        raise click.BadParameter("no", param_hint="--x")

    result = CliRunner().invoke(broken, [])
    assert result.exit_code == ExitCode.INTERNAL
    assert "ZeroDivisionError: a bug" in result.output and "internal error in evalperf" in result.output
    assert CliRunner().invoke(refused, []).exit_code == 2  # click's own errors keep their code
