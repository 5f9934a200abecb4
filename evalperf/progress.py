"""A run's progress as plain lines, for output that is not a terminal (a log file, CI, nohup).

Rich's bars redraw one screen region, which a file cannot show: until the run ends, a log got
nothing at all. Here every phase with work to do gets a line when it starts and when it ends,
and every ``interval_s`` a line per unfinished phase with its count, elapsed time and an
estimate of the time left (ETA), each line flushed at once. Phases with nothing to do print
nothing. The ETA is the phase's own average pace so far applied to what is left: jobs of one
phase are alike enough for it, and it needs no tuning.
"""

from __future__ import annotations

import math
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from evalperf.errors import ConfigError

INTERVAL_ENV = "EVALPERF_PROGRESS_INTERVAL"  # seconds between plain progress lines
DEFAULT_INTERVAL_S = 30.0

PHASE_LABELS = {
    "references": "profiling reference tiers",
    "check": "checking samples",
    "profile": "profiling samples",
    "profile (uncapped)": "profiling samples again (uncapped)",
    "tiers": "checking optional tiers",
    "checker": "judging with task checkers",
    "inputs": "generating stress inputs",
}


def phase_label(phase: str) -> str:
    """What a phase is called on screen."""
    return PHASE_LABELS.get(phase, phase)


def workers_label(live: int) -> str:
    """``N worker(s)``, as progress shows a cluster's live workers."""
    return f"{live} worker{'' if live == 1 else 's'}"


def progress_interval(environ: dict[str, str] | None = None) -> float:
    """Seconds between plain progress lines: $EVALPERF_PROGRESS_INTERVAL, else 30."""
    raw = (os.environ if environ is None else environ).get(INTERVAL_ENV, "").strip()
    if not raw:
        return DEFAULT_INTERVAL_S
    try:
        value = float(raw)
    except ValueError:
        value = math.nan
    if not math.isfinite(value) or value <= 0:
        raise ConfigError(f"{INTERVAL_ENV} must be a positive number of seconds, got {raw!r}")
    return value


def format_duration(seconds: float) -> str:
    """``H:MM:SS`` (hours unbounded), rounded to the second; the form rich's elapsed column uses."""
    whole = max(0, round(seconds))
    hours, rest = divmod(whole, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}"


def estimate_left(elapsed_s: float, done: int, total: int) -> float | None:
    """Seconds left at the pace so far, or None before the first step (nothing to go by)."""
    if done <= 0 or elapsed_s <= 0:
        return None
    return elapsed_s / done * max(0, total - done)


def format_eta(elapsed_s: float, done: int, total: int) -> str:
    """``eta H:MM:SS``, or ``eta -`` while unknown."""
    left = estimate_left(elapsed_s, done, total)
    return "eta -" if left is None else f"eta {format_duration(left)}"


@dataclass
class _Phase:
    label: str
    total: int
    started: float
    done: int = 0
    ended: float | None = None


class PlainProgress:
    """A ProgressSink that writes plain lines through ``emit`` (one call per line).

    ``clock`` is injectable for tests; use as a context manager to get the periodic lines.
    """

    def __init__(
        self,
        emit: Callable[[str], None],
        interval_s: float = DEFAULT_INTERVAL_S,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._emit = emit
        self._interval_s = interval_s
        self._clock = clock
        self._phases: list[_Phase] = []
        self._current: dict[str, _Phase] = {}
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._ticker: threading.Thread | None = None
        self._live: int | None = None  # a cluster's live workers (None: not on a cluster)

    def __enter__(self) -> PlainProgress:
        self._ticker = threading.Thread(target=self._tick_loop, name="evalperf-progress", daemon=True)
        self._ticker.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: object) -> None:
        self._stop.set()
        if self._ticker is not None:
            self._ticker.join()
            self._ticker = None
        if kind is not None:  # say where each unfinished phase stopped
            with self._lock:
                for phase in self._phases:
                    if phase.ended is None:
                        self._emit(f"{phase.label}: {phase.done}/{phase.total}, stopped")

    def start(self, phase: str, total: int) -> None:
        """A phase begins; one with nothing to do is not shown."""
        if total <= 0:
            return
        with self._lock:
            entry = _Phase(phase_label(phase), total, self._clock())
            self._phases.append(entry)
            self._current[phase] = entry
            self._emit(f"{entry.label}: 0/{total}")

    def advance(self, phase: str, steps: int = 1) -> None:
        """A phase advances; its last step prints its end line."""
        with self._lock:
            entry = self._current.get(phase)
            if entry is None or entry.ended is not None:
                return
            entry.done = min(entry.total, entry.done + steps)
            if entry.done == entry.total:
                entry.ended = self._clock()
                took = format_duration(entry.ended - entry.started)
                self._emit(f"{entry.label}: {entry.done}/{entry.total} done in {took}")

    def workers(self, live: int) -> None:
        """A cluster's live worker count changed: said in a line, and in every later progress line."""
        with self._lock:
            if live != self._live:
                self._live = live
                self._emit(f"cluster: {workers_label(live)} live")

    def tick(self) -> None:
        """One line per unfinished phase: count, share, elapsed time, ETA (and live workers on a cluster)."""
        with self._lock:
            now = self._clock()
            live = "" if self._live is None else f", {workers_label(self._live)}"
            for entry in self._phases:
                if entry.ended is not None:
                    continue
                elapsed = now - entry.started
                self._emit(
                    f"{entry.label}: {entry.done}/{entry.total} ({100 * entry.done // entry.total}%), "
                    f"{format_duration(elapsed)} elapsed, {format_eta(elapsed, entry.done, entry.total)}{live}"
                )

    def _tick_loop(self) -> None:
        while not self._stop.wait(self._interval_s):
            self.tick()
