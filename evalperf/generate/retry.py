"""Retries: exponential backoff with jitter, the server's Retry-After, and a pause shared by all workers.

When a server says "slow down" (429) every worker waits, not only the one that was told:
hammering a rate-limited server with the other workers' requests only earns more 429s.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from evalperf.errors import GenerationError, RequestError

T = TypeVar("T")


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how long to retry a failed request."""

    max_attempts: int = 6
    base_delay: float = 1.0  # seconds before the 2nd attempt; doubles after each failure
    max_delay: float = 60.0
    max_retry_after: float = 300.0  # a longer Retry-After is not waited for: the run stops instead
    jitter: bool = True

    def delay(self, attempt: int, retry_after: float | None, rng: random.Random | None = None) -> float:
        """Seconds to wait after failed attempt number ``attempt`` (1-based)."""
        if retry_after is not None:
            return float(min(retry_after, self.max_retry_after))
        backoff = float(min(self.max_delay, self.base_delay * 2.0 ** (attempt - 1)))
        if self.jitter:
            # "equal jitter": at least half the backoff, so retries still spread out in time
            return backoff / 2 + (rng or random).uniform(0, backoff / 2)
        return backoff


class Cancelled(GenerationError):
    """The run was stopped while this request waited."""


class Throttle:
    """A pause every worker respects before sending (set by a 429 with or without Retry-After)."""

    def __init__(self, cancel: threading.Event, clock: Callable[[], float] = time.monotonic) -> None:
        self._cancel = cancel
        self._clock = clock
        self._lock = threading.Lock()
        self._until = 0.0

    def hold(self, seconds: float) -> None:
        """Nobody sends for ``seconds`` from now (a longer pause already set stays)."""
        with self._lock:
            self._until = max(self._until, self._clock() + seconds)

    def wait(self) -> None:
        """Block until the pause is over; Cancelled if the run stops meanwhile."""
        while True:
            with self._lock:
                remaining = self._until - self._clock()
            if remaining <= 0:
                break
            if self._cancel.wait(remaining):
                raise Cancelled("generation stopped")
        if self._cancel.is_set():
            raise Cancelled("generation stopped")


@dataclass
class Attempts:
    """How a call went: attempts made and the failures retried."""

    count: int = 0
    waited_s: float = 0.0


def call_with_retry(
    fn: Callable[[], T],
    policy: RetryPolicy,
    throttle: Throttle,
    cancel: threading.Event,
    attempts: Attempts | None = None,
) -> T:
    """Call ``fn`` until it succeeds, retrying retryable RequestErrors by ``policy``.

    A non-retryable error is raised at once; a retryable one that outlasts the policy is
    raised with the number of attempts added to its message.
    """
    record = attempts if attempts is not None else Attempts()
    while True:
        throttle.wait()
        record.count += 1
        try:
            return fn()
        except RequestError as exc:
            if not exc.retryable:
                raise
            if record.count >= policy.max_attempts:
                raise RequestError(
                    f"{exc} (gave up after {record.count} attempts)", status=exc.status, retryable=False
                ) from exc
            if exc.retry_after is not None and exc.retry_after > policy.max_retry_after:
                raise RequestError(
                    f"{exc} (the server asks to wait {exc.retry_after:.0f} s, "
                    f"more than {policy.max_retry_after:.0f} s)",
                    status=exc.status,
                ) from exc
            pause = policy.delay(record.count, exc.retry_after)
            if exc.status == 429:
                throttle.hold(pause)  # everybody slows down
            record.waited_s += pause
            if cancel.wait(pause):
                raise Cancelled("generation stopped") from exc
