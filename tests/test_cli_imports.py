"""The CLI modules have no import circle: each imports first in a fresh interpreter, and none reaches up.

cli.py registers the sub-commands of cli_generate, cli_report and cli_cluster; those import their shared
helpers from cli_common, below all of them, never from cli.py (not even lazily, inside a function).
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

import evalperf

PACKAGE = Path(evalperf.__file__).parent
CLI_MODULES = (
    "evalperf.cli",
    "evalperf.cli_common",
    "evalperf.cli_generate",
    "evalperf.cli_report",
    "evalperf.cli_cluster",
)
BELOW_CLI = ("evalperf.cli_common", "evalperf.cli_generate", "evalperf.cli_report", "evalperf.cli_cluster")


def _imported(module: str) -> set[str]:
    """Every module ``module`` imports, at the top or inside functions."""
    tree = ast.parse((PACKAGE / (module.split(".", 1)[1] + ".py")).read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found |= {f"{node.module}.{alias.name}" for alias in node.names}
    return found


@pytest.mark.parametrize("module", CLI_MODULES)
def test_each_cli_module_imports_first_in_a_fresh_interpreter(module: str) -> None:
    # importing it first, then the entry point's group, must work whatever the order
    code = f"import {module}\nfrom evalperf.cli import main\nassert main.commands"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]


@pytest.mark.parametrize("module", BELOW_CLI)
def test_no_cli_module_imports_the_module_that_registers_it(module: str) -> None:
    imported = _imported(module)
    assert "evalperf.cli" not in imported, f"{module} imports evalperf.cli"
    if module == "evalperf.cli_common":
        assert not any(
            name.startswith(("evalperf.cli_generate", "evalperf.cli_report", "evalperf.cli_cluster"))
            for name in imported
        )


def test_the_console_script_entry_point_still_answers() -> None:
    done = subprocess.run(
        [sys.executable, "-c", "from evalperf.cli import main; main()", "--help"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    for command in ("evaluate", "run", "generate", "leaderboard", "report", "gate", "cluster"):
        assert command in done.stdout
