"""A supervisor process seen from the host: send a job line, wait for its answer line.

Shared by every provider: the local sandbox talks to a child process through pipes,
the Docker sandbox to a container's attached stdin/stdout. The host-side deadline is the
second line of defence after the supervisor's own wall-clock limit.
"""

from __future__ import annotations

import json
import os
import select
import time
from collections.abc import Callable
from typing import Any

from evalperf.errors import SandboxError
from evalperf.sandbox.base import JobResult

READ_CHUNK = 1 << 16
MAX_LINE = 256 * 1024 * 1024


class ChannelBroken(SandboxError):
    """The supervisor died, answered garbage, or overran the host deadline."""


class LineChannel:
    """JSON lines over two file descriptors (the supervisor's stdin and stdout)."""

    def __init__(self, write_fd: int, read_fd: int) -> None:
        self._write_fd = write_fd
        self._read_fd = read_fd
        self._buffer = bytearray()
        self._job_counter = 0

    def _write(self, data: bytes) -> None:
        view = memoryview(data)
        try:
            while view:
                view = view[os.write(self._write_fd, view) :]
        except OSError as exc:
            raise ChannelBroken(f"the sandbox stopped reading jobs: {exc.strerror}") from exc

    def _read_chunk(self) -> bytes | None:
        """Bytes that arrived (b"" at end of stream, None when nothing usable arrived yet)."""
        return os.read(self._read_fd, READ_CHUNK)

    def read_line(self, deadline: float) -> dict[str, Any]:
        """The next JSON line, or ChannelBroken at EOF or after ``deadline`` (monotonic)."""
        while b"\n" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                raise ChannelBroken("the sandbox did not answer before the host deadline")
            ready, _, _ = select.select([self._read_fd], [], [], left)
            if not ready:
                continue
            try:
                chunk = self._read_chunk()
            except OSError as exc:
                raise ChannelBroken(f"reading from the sandbox failed: {exc}") from exc
            if chunk is None:
                continue
            if not chunk:
                raise ChannelBroken("the sandbox's supervisor exited")
            self._buffer += chunk
            if len(self._buffer) > MAX_LINE:
                raise ChannelBroken("the sandbox sent an oversized answer")
        line, _, rest = bytes(self._buffer).partition(b"\n")
        self._buffer = bytearray(rest)
        try:
            value = json.loads(line)
        except ValueError as exc:
            raise ChannelBroken("the sandbox answered something that is not JSON") from exc
        if not isinstance(value, dict):
            raise ChannelBroken("the sandbox answered something that is not a JSON object")
        return value

    def wait_ready(self, timeout: float) -> dict[str, Any]:
        """Wait for the supervisor's greeting line."""
        hello = self.read_line(time.monotonic() + timeout)
        if "ready" not in hello:
            raise ChannelBroken(f"unexpected greeting from the sandbox: {hello!r:.200}")
        return hello

    def request(self, payload: dict[str, Any], timeout: float) -> dict[str, Any]:
        """Send one job and wait for the answer carrying the same id."""
        self._job_counter += 1
        job_id = self._job_counter
        self._write((json.dumps({**payload, "id": job_id}) + "\n").encode())
        answer = self.read_line(time.monotonic() + timeout)
        if answer.get("id") != job_id:
            raise ChannelBroken("the sandbox answered out of order (forged answer?)")
        return answer


def run_job(channel: LineChannel, payload: dict[str, Any], timeout: float, broken: Callable[[], None]) -> JobResult:
    """One job over ``channel`` with a host deadline of ``timeout`` seconds.

    When the channel breaks, ``broken()`` discards the worker, and the job is recorded as a
    timeout (the deadline was overrun) or an error; a supervisor that reports a failure of its
    own (not the candidate's) raises SandboxError.
    """
    started = time.monotonic()
    try:
        response = channel.request(payload, timeout)
    except ChannelBroken as exc:
        overran = time.monotonic() - started >= timeout
        broken()
        if overran:
            return JobResult(status="timeout", message=f"host deadline of {timeout:g} s reached")
        return JobResult(status="error", message=f"sandbox broke down during the job: {exc}")
    if response.get("infrastructure"):
        raise SandboxError(str(response.get("message", "the sandbox failed")))
    return JobResult.from_response(response)
