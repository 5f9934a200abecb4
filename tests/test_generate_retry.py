"""Retry policy: backoff, Retry-After, the shared pause, giving up, cancellation."""

from __future__ import annotations

import random
import threading
import time
from email.utils import formatdate

import pytest

from evalperf.errors import RequestError
from evalperf.generate.backends.openai_backend import parse_retry_after
from evalperf.generate.retry import Attempts, Cancelled, RetryPolicy, Throttle, call_with_retry


def test_parse_retry_after_seconds_and_http_dates() -> None:
    assert parse_retry_after("2") == 2.0
    assert parse_retry_after(" 1.5 ") == 1.5
    assert parse_retry_after(None) is None and parse_retry_after("soon") is None
    now = time.time()
    assert parse_retry_after(formatdate(now + 30, usegmt=True), now=now) == pytest.approx(30, abs=1)
    assert parse_retry_after(formatdate(now - 30, usegmt=True), now=now) == 0.0


def test_backoff_doubles_up_to_the_cap_with_bounded_jitter() -> None:
    plain = RetryPolicy(base_delay=1.0, max_delay=8.0, jitter=False)
    assert [plain.delay(k, None) for k in range(1, 7)] == [1, 2, 4, 8, 8, 8]
    jittered = RetryPolicy(base_delay=1.0, max_delay=8.0)
    rng = random.Random(3)
    for attempt in range(1, 7):
        backoff = plain.delay(attempt, None)
        assert backoff / 2 <= jittered.delay(attempt, None, rng) <= backoff
    assert plain.delay(1, 12.0) == 12.0  # the server's word wins
    assert RetryPolicy(max_retry_after=5).delay(1, 12.0) == 5


def _flaky(failures: list[RequestError]) -> tuple[list[int], object]:
    calls: list[int] = []

    def fn() -> str:
        calls.append(1)
        if failures:
            raise failures.pop(0)
        return "ok"

    return calls, fn


def test_retryable_errors_are_retried_and_counted() -> None:
    cancel = threading.Event()
    calls, fn = _flaky([RequestError("busy", retryable=True, status=503)] * 2)
    attempts = Attempts()
    policy = RetryPolicy(base_delay=0.001, jitter=False)
    assert call_with_retry(fn, policy, Throttle(cancel), cancel, attempts) == "ok"  # type: ignore[arg-type]
    assert len(calls) == 3 and attempts.count == 3


def test_non_retryable_errors_stop_at_once() -> None:
    cancel = threading.Event()
    calls, fn = _flaky([RequestError("bad key", status=401)])
    with pytest.raises(RequestError, match="bad key"):
        call_with_retry(fn, RetryPolicy(), Throttle(cancel), cancel)  # type: ignore[arg-type]
    assert len(calls) == 1


def test_giving_up_says_how_many_attempts() -> None:
    cancel = threading.Event()
    _, fn = _flaky([RequestError("busy", retryable=True)] * 10)
    with pytest.raises(RequestError, match=r"busy \(gave up after 3 attempts\)") as caught:
        call_with_retry(fn, RetryPolicy(max_attempts=3, base_delay=0.001), Throttle(cancel), cancel)  # type: ignore[arg-type]
    assert not caught.value.retryable


def test_a_retry_after_beyond_the_limit_stops_instead_of_sleeping() -> None:
    cancel = threading.Event()
    _, fn = _flaky([RequestError("slow down", retryable=True, retry_after=3600, status=429)])
    started = time.monotonic()
    with pytest.raises(RequestError, match="asks to wait 3600 s"):
        call_with_retry(fn, RetryPolicy(max_retry_after=60), Throttle(cancel), cancel)  # type: ignore[arg-type]
    assert time.monotonic() - started < 1


def test_cancel_interrupts_a_backoff_wait() -> None:
    cancel = threading.Event()
    _, fn = _flaky([RequestError("busy", retryable=True, retry_after=30, status=429)])
    threading.Timer(0.1, cancel.set).start()
    started = time.monotonic()
    with pytest.raises(Cancelled):
        call_with_retry(fn, RetryPolicy(), Throttle(cancel), cancel)  # type: ignore[arg-type]
    assert time.monotonic() - started < 5


def test_throttle_holds_everybody_and_keeps_the_longest_pause() -> None:
    cancel = threading.Event()
    throttle = Throttle(cancel)
    throttle.hold(0.2)
    throttle.hold(0.05)
    started = time.monotonic()
    throttle.wait()
    assert time.monotonic() - started >= 0.19
    throttle.hold(10)
    cancel.set()
    with pytest.raises(Cancelled):
        throttle.wait()
