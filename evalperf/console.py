"""Terminal output (rich): progress bars, the summary table, messages. Only the CLI uses it."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.panel import Panel
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeElapsedColumn
from rich.table import Table

PHASE_LABELS = {
    "references": "profiling reference tiers",
    "check": "checking samples",
    "profile": "profiling samples",
}


class RichProgress:
    """A ProgressSink that draws one bar per phase."""

    def __init__(self, console: Console) -> None:
        self._progress = Progress(
            TextColumn("{task.description:<26}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=console,
            transient=False,
        )
        self._ids: dict[str, TaskID] = {}

    def __enter__(self) -> RichProgress:
        self._progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._progress.stop()

    def start(self, phase: str, total: int) -> None:
        """A phase begins."""
        self._ids[phase] = self._progress.add_task(PHASE_LABELS.get(phase, phase), total=total)

    def advance(self, phase: str, steps: int = 1) -> None:
        """A phase advances."""
        self._progress.advance(self._ids[phase], steps)


def warning_panel(message: str) -> Panel:
    """A warning framed in bold yellow, for what must not scroll by unseen (a meter fall-back)."""
    return Panel(escape(message), title="[bold]warning", title_align="left", border_style="bold yellow", expand=False)


def _fmt(value: Any, digits: int = 1, scale: float = 1.0) -> str:
    if value is None:
        return "-"
    return f"{value * scale:.{digits}f}"


def summary_table(document: dict[str, Any]) -> Table:
    """Per-task rows and the model's summary row."""
    config = document["config"]
    table = Table(title=f"evalperf results ({config['meter']} meter, {config['sandbox']} sandbox)")
    for name in ("task", "n", "correct", "pass@1 %", "DPS", "DPS_norm", "eff@1 %", "scored"):
        table.add_column(name, justify="left" if name == "task" else "right", no_wrap=True)
    for task_id, task in document["tasks"].items():
        s = task["scores"]
        table.add_row(
            task_id,
            str(s["n"]),
            str(s["correct"]),
            _fmt(s.get("pass@1"), scale=100),
            _fmt(s.get("dps")),
            _fmt(s.get("dps_norm")),
            _fmt(s.get("eff@1"), scale=100),
            "[red]error" if s.get("error") else "yes" if s["scored"] else "no",
        )
    m = document["summary"]
    table.add_section()
    table.add_row(
        f"[bold]{escape(str(config.get('model') or 'model'))}",
        str(m["samples"]),
        str(m["correct"]),
        f"[bold]{_fmt(m.get('pass@1'), scale=100)}",
        f"[bold]{_fmt(m.get('dps'))}",
        f"[bold]{_fmt(m.get('dps_norm'))}",
        f"[bold]{_fmt(m.get('eff@1'), scale=100)}",
        f"{m['tasks_scored']}/{m['tasks_total']}",
    )
    return table


def tasks_table(rows: list[dict[str, Any]]) -> Table:
    """`tasks list` as a table."""
    table = Table(title=f"{len(rows)} tasks")
    for name in ("id", "category", "tiers", "levels", "tests", "title"):
        table.add_column(name)
    for row in rows:
        table.add_row(
            row["task_id"],
            row["category"],
            str(row["tiers"]),
            str(row["levels"]),
            str(row["tests"]),
            row["title"],
        )
    return table


def validation_table(entries: list[Any], meter: str) -> Table:
    """`tasks validate`: one row per task, then a summary per category."""
    from statistics import median

    table = Table(title=f"task validation ({meter} meter)")
    for name in ("task", "category", "tiers", "slowest", "fastest", "adjacent ratios", "valid"):
        table.add_column(name, no_wrap=name != "adjacent ratios")
    for e in entries:
        table.add_row(
            e.task.task_id,
            e.task.category,
            str(len(e.task.tiers)),
            f"{e.costs[0]:.3g}" if e.costs else "-",
            f"{e.costs[-1]:.3g}" if e.costs else "-",
            " ".join(f"{r:.1f}x" for r in e.ratios) or "-",
            "[green]yes" if e.ok else "[red]no",
        )
    categories: dict[str, list[Any]] = {}
    for e in entries:
        categories.setdefault(e.task.category, []).append(e)
    table.add_section()
    for category, group in sorted(categories.items()):
        ratios = [r for e in group for r in e.ratios]
        table.add_row(
            f"[bold]{category}",
            f"{len(group)} tasks",
            str(sum(len(e.task.tiers) for e in group)),
            "",
            "",
            f"median {median(ratios):.2f}x, min {min(ratios):.2f}x" if ratios else "-",
            f"{sum(e.ok for e in group)}/{len(group)}",
        )
    return table
