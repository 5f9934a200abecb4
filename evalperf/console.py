"""Terminal output (rich): progress bars, the summary table, messages. Only the CLI uses it."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.panel import Panel
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table
from rich.text import Text

from evalperf.progress import PlainProgress, format_eta, phase_label, progress_interval, workers_label


class EtaColumn(ProgressColumn):
    """The time a bar still needs at its average pace so far (what the plain lines show too)."""

    def render(self, task: Task) -> Text:
        """``eta H:MM:SS`` while running, nothing once finished."""
        if task.finished or task.total is None:
            return Text("")
        return Text(format_eta(task.elapsed or 0.0, int(task.completed), int(task.total)), style="progress.remaining")


class RichProgress:
    """A ProgressSink for the CLI: one bar per phase on a terminal, periodic plain lines elsewhere.

    A phase with nothing to do is not shown. Off a terminal (a log file, CI), the lines of
    evalperf.progress.PlainProgress are printed every $EVALPERF_PROGRESS_INTERVAL seconds (30).
    """

    def __init__(self, console: Console) -> None:
        self._console = console
        self._plain: PlainProgress | None = None
        if not console.is_terminal:
            self._plain = PlainProgress(self._line, progress_interval())
        self._progress = Progress(
            TextColumn("{task.description:<26}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            EtaColumn(),
            console=console,
            transient=False,
        )
        self._ids: dict[str, TaskID] = {}
        self._live: int | None = None  # a cluster's live workers, shown beside each phase

    def _line(self, text: str) -> None:
        self._console.print(text, markup=False, highlight=False, soft_wrap=True)

    def __enter__(self) -> RichProgress:
        if self._plain is not None:
            self._plain.__enter__()
        else:
            self._progress.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: object) -> None:
        if self._plain is not None:
            self._plain.__exit__(kind, exc, tb)
        else:
            self._progress.stop()

    def start(self, phase: str, total: int) -> None:
        """A phase begins (shown only if it has something to do)."""
        if self._plain is not None:
            self._plain.start(phase, total)
        elif total > 0:
            self._ids[phase] = self._progress.add_task(self._label(phase), total=total)

    def _label(self, phase: str) -> str:
        live = "" if self._live is None else f" [{workers_label(self._live)}]"
        return phase_label(phase) + live

    def workers(self, live: int) -> None:
        """A cluster's live worker count changed: shown beside each phase still running."""
        if self._plain is not None:
            self._plain.workers(live)
            return
        self._live = live
        running = {task.id for task in self._progress.tasks if not task.finished}
        for phase, task_id in self._ids.items():
            if task_id in running:  # a finished phase keeps the count it ended with
                self._progress.update(task_id, description=self._label(phase))

    def advance(self, phase: str, steps: int = 1) -> None:
        """A phase advances."""
        if self._plain is not None:
            self._plain.advance(phase, steps)
        elif phase in self._ids:
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
