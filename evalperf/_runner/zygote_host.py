"""The supervisor's side of the valgrind zygote (zygote.py): start it, give it tasks and samples,
enforce each sample's limits from outside, and read its counts from callgrind's dumps.

One zygote per supervisor (that is, per worker), started at the first valgrind job and again
whenever it died. Costs come only from the dump files callgrind writes per sample process
(``cg.<pid>.<n>``, one per measured step, and ``cg.<pid>`` at its exit), never from anything
the sample says. Standard library only.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import resource
import select
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Callable

import limits as runner_limits  # sits next to this file (the supervisor's sys.path)

HERE = os.path.dirname(os.path.abspath(__file__))
READ_CHUNK = 65536
MAX_RESULT_BYTES = 64 * 1024 * 1024
WATCH_PERIOD_S = 0.05
CAP_GRACE_S = 30.0  # after SIGTERM at the cost cap, valgrind writes its last dump, then exits
START_LIMIT_S = 600.0  # a fresh valgrind + CPython, importing the warm modules, on a loaded machine
# The task's part of a job and the sample's: only what a count depends on, canonical.
TASK_FIELDS = ("generator", "levels", "float_digits", "recursion_limit")
SAMPLE_FIELDS = ("solution", "entry_point", "guard", "recursion_limit")
_SUMMARY = re.compile(rb"^(?:summary|totals):\s+(\d+)", re.MULTILINE)
_PAGE = os.sysconf("SC_PAGE_SIZE")
_TICKS = os.sysconf("SC_CLK_TCK")
HARNESS_FD: int | None = 0  # the supervisor's stdin: its end means the harness died (None: not watched)


NativeInputs = Callable[[dict], "bytes | str | None"]  # type: ignore[type-arg]


class HarnessGone(SystemExit):
    """The harness closed the supervisor's stdin during a sample."""


STAGED_REGION = "./region.so"
STAGED_FILES = ("zygote.py", "worker.py")


class ZygoteBroken(Exception):
    """The zygote or its task child died or answered something unexpected."""


def stage_runner(library: str) -> str:
    """A folder whose path depends only on the runner's content, holding it and region.so.

    The zygote runs from there (its working directory, script and library named relatively), so
    no path that depends on where evalperf is installed or cached reaches the measured process:
    argv and sys.path are part of the state a count depends on (a region library under another
    cache folder moved a count by 3,800 instructions). Shared by every supervisor of this user
    with the same runner; a folder that is not ours, or that others may write, is not used.
    """
    if os.path.dirname(os.path.abspath(library)) == HERE and os.path.basename(library) == "region.so":
        return HERE  # installed together at a fixed place (the sandbox image's /opt/evalperf)
    sources = [(name, os.path.join(HERE, name)) for name in STAGED_FILES] + [("region.so", library)]
    digest = hashlib.sha256()
    blobs = {}
    for name, path in sources:
        try:
            with open(path, "rb") as handle:
                blobs[name] = handle.read()
        except OSError as exc:
            raise ZygoteBroken(f"cannot read {path}: {exc}") from exc
        digest.update(name.encode() + b"\0" + blobs[name] + b"\0")
    base = tempfile.gettempdir()
    final = os.path.join(base, f"evalperf-runner-{os.getuid()}-{digest.hexdigest()[:16]}")
    if _trusted(final, blobs):
        return final
    partial = tempfile.mkdtemp(prefix="evalperf-stage-", dir=base)
    for name, blob in blobs.items():
        with open(os.path.join(partial, name), "wb") as handle:
            handle.write(blob)
        os.chmod(os.path.join(partial, name), 0o444)
    try:
        os.rename(partial, final)
    except OSError:  # another supervisor was faster (or a stranger's folder is in the way)
        shutil.rmtree(partial, ignore_errors=True)
    if _trusted(final, blobs):
        return final
    raise ZygoteBroken(f"{final} exists but is not this runner's (remove it)")


def _trusted(folder: str, blobs: dict[str, bytes]) -> bool:
    try:
        info = os.lstat(folder)
        if not os.path.isdir(folder) or os.path.islink(folder) or info.st_uid != os.getuid() or info.st_mode & 0o022:
            return False
        for name, blob in blobs.items():
            with open(os.path.join(folder, name), "rb") as handle:
                if handle.read() != blob:
                    return False
        return True
    except OSError:
        return False


def frame(fields: dict, names: tuple[str, ...]) -> bytes:  # type: ignore[type-arg]
    """Length-prefixed canonical JSON of ``fields`` restricted to ``names``."""
    body = json.dumps({k: fields[k] for k in names if k in fields}, sort_keys=True, separators=(",", ":")).encode()
    return b"%011d\n" % len(body) + body


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of ``pid`` so far (0.0 once it is gone)."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as handle:
            fields = handle.read().rsplit(b")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / _TICKS
    except (OSError, IndexError, ValueError):
        return 0.0


def rss_bytes(pid: int) -> int:
    """Resident memory of ``pid`` (0 once it is gone)."""
    try:
        with open(f"/proc/{pid}/statm", "rb") as handle:
            return int(handle.read().split()[1]) * _PAGE
    except (OSError, IndexError, ValueError):
        return 0


def _kill_group(pid: int, sig: int) -> None:
    for target in (lambda: os.killpg(pid, sig), lambda: os.kill(pid, sig)):
        try:
            target()
            return
        except (ProcessLookupError, PermissionError):
            continue


class ZygoteHost:
    """One zygote process under callgrind, its pipes and its dump folder."""

    def __init__(self, valgrind: str, python: str, region_library: str, env: dict[str, str]) -> None:
        self.identity = (valgrind, python, region_library)
        self.env = env
        self.proc: subprocess.Popen[bytes] | None = None
        self.task_key: str | None = None
        self.dumpdir = ""
        self._cmd = self._out = self._events = self._results = -1
        self._event_buffer = bytearray()

    # -- life cycle ---------------------------------------------------------------------------
    def alive(self) -> bool:
        """The zygote process still runs."""
        return self.proc is not None and self.proc.poll() is None

    def start(self) -> None:
        """Start valgrind + the zygote and wait for it to be warm."""
        self.stop()
        valgrind, python, library = self.identity
        stage = stage_runner(library)
        cmd_r, self._cmd = os.pipe()
        self._out, out_w = os.pipe()
        self._events, events_w = os.pipe()
        self._results, results_w = os.pipe()
        self.dumpdir = tempfile.mkdtemp(prefix="evalperf-meter-")
        argv = [
            valgrind,
            "--tool=callgrind",
            "--collect-atstart=no",
            "--quiet",
            f"--callgrind-out-file={self.dumpdir}/cg.%p",
            os.path.realpath(python),  # a venv's python and its base count alike
            "-s",
            "-S",
            "zygote.py",
            STAGED_REGION,
            f"{events_w:06d}",  # fixed width: argv (the stack) is the same whatever the fds
            f"{results_w:06d}",
        ]
        try:
            self.proc = subprocess.Popen(
                argv,
                stdin=cmd_r,
                stdout=out_w,
                stderr=out_w,
                pass_fds=(events_w, results_w),
                cwd=stage,
                env=self.env,
                start_new_session=True,
                preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_CORE, (0, 0)),
            )
        except OSError as exc:
            self.stop()
            raise ZygoteBroken(f"cannot start valgrind: {exc}") from exc
        finally:
            for fd in (cmd_r, out_w, events_w, results_w):
                os.close(fd)
        line = self._event(time.monotonic() + START_LIMIT_S)
        if line != b"zygote ready":
            detail = self._drain_output()
            self.stop()
            raise ZygoteBroken(f"the valgrind zygote did not start: {line.decode('utf-8', 'replace')} {detail}".strip())

    def stop(self) -> None:
        """Kill the zygote and everything below it; remove its folders."""
        if self.proc is not None:
            _kill_group(self.proc.pid, signal.SIGKILL)
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                pass
            self.proc = None
        for fd in (self._cmd, self._out, self._events, self._results):
            if fd >= 0:
                try:
                    os.close(fd)
                except OSError:
                    pass
        self._cmd = self._out = self._events = self._results = -1
        self._event_buffer = bytearray()
        self.task_key = None
        if self.dumpdir:
            shutil.rmtree(self.dumpdir, ignore_errors=True)
        self.dumpdir = ""

    # -- pipes --------------------------------------------------------------------------------
    def _send(self, data: bytes) -> None:
        view = memoryview(data)
        try:
            while view:
                view = view[os.write(self._cmd, view) :]
        except OSError as exc:
            raise ZygoteBroken(f"the zygote stopped reading: {exc}") from exc

    def _event(self, deadline: float) -> bytes:
        """The next event line (without its newline); output is drained meanwhile."""
        while b"\n" not in self._event_buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                raise ZygoteBroken("the zygote did not answer in time")
            ready, _, _ = select.select([self._events, self._out], [], [], min(left, 1.0))
            if self._out in ready:
                os.read(self._out, READ_CHUNK)  # output outside a sample's run is not anyone's
            if self._events in ready:
                chunk = os.read(self._events, READ_CHUNK)
                if not chunk:
                    raise ZygoteBroken("the zygote exited")
                self._event_buffer += chunk
        line, _, rest = bytes(self._event_buffer).partition(b"\n")
        self._event_buffer = bytearray(rest)
        return line

    def _drain_output(self) -> str:
        data = bytearray()
        while self._out >= 0 and select.select([self._out], [], [], 0.2)[0]:
            chunk = os.read(self._out, READ_CHUNK)
            if not chunk:
                break
            data += chunk
        return data.decode("utf-8", "replace")[-1000:]

    # -- tasks --------------------------------------------------------------------------------
    def _end_task(self, deadline: float) -> None:
        if self.task_key is None:
            return
        self.task_key = None
        self._send(b"E\n")
        while not self._event(deadline).startswith(b"texit"):
            pass

    def ensure_task(self, job: dict, deadline: float, native_inputs: NativeInputs) -> str | None:  # type: ignore[type-arg]
        """Make ``job``'s task the current one (its inputs made once); None, or why it failed.

        ``native_inputs(job)`` makes the inputs outside valgrind and returns them pickled (or
        the generator's failure, or None: the task child then makes them itself).
        """
        task = frame(job, TASK_FIELDS)
        key = hashlib.sha256(task).hexdigest()
        if not self.alive():
            self.start()
        if self.task_key == key:
            return None
        self._end_task(deadline)
        made = native_inputs(job)
        if isinstance(made, str):
            return made
        blob = made or b""
        self._send(b"T\n" + frame({**job, "pickled": len(blob)}, (*TASK_FIELDS, "pickled")) + blob)
        line = self._event(deadline)
        if not line.startswith(b"tpid"):
            raise ZygoteBroken(f"unexpected answer from the zygote: {line[:200]!r}")
        line = self._event(deadline)
        if line == b"inputs ok":
            self.task_key = key
            return None
        while not self._event(deadline).startswith(b"texit"):
            pass
        try:
            return str(json.loads(line)["inputs"])
        except (ValueError, KeyError, TypeError):
            return f"the task child failed: {line[:300].decode('utf-8', 'replace')}"

    # -- samples ------------------------------------------------------------------------------
    def run_sample(self, job: dict, limits: dict, deadline: float) -> dict:  # type: ignore[type-arg]
        """Fork a sample child of the current task, watch it, and build the response."""
        self._send(b"S\n")
        line = self._event(deadline)
        if not line.startswith(b"gpid"):
            raise ZygoteBroken(f"unexpected answer from the task child: {line[:200]!r}")
        pid = int(line.split()[1])
        _limit(pid, limits)
        self._send(frame(job, SAMPLE_FIELDS))
        watch = _Watch(self, pid, limits, job.get("cap"), deadline)
        status, cpu = watch.run()
        costs = self._dumps(pid)
        return _response(watch, status, cpu, costs, limits)

    def _dumps(self, pid: int) -> tuple[list[int], int | None]:
        """The sample's step counts in order, and its exit dump's count (None if none).

        Every other file is removed too: they are the exit dumps of processes that ended, with
        nothing measured (the dummy forks, an ended task child), and would pile up otherwise.
        """
        steps: list[tuple[int, int]] = []
        final = None
        for name in os.listdir(self.dumpdir):
            path = os.path.join(self.dumpdir, name)
            match = re.fullmatch(rf"cg\.{pid}(?:\.(\d+))?", name)
            if not match:
                os.unlink(path)
                continue
            with open(path, "rb") as handle:
                found = _SUMMARY.search(handle.read())
            os.unlink(path)
            count = int(found.group(1)) if found else -1
            if match.group(1) is None:
                final = count
            else:
                steps.append((int(match.group(1)), count))
        steps.sort()
        return [c for _, c in steps], final


def _limit(pid: int, limits: dict) -> None:  # type: ignore[type-arg]
    """The sample child's rlimits, set from outside before it reads its job."""
    for which, value in runner_limits.rlimits(limits):
        try:
            resource.prlimit(pid, which, value)
        except (OSError, ValueError):
            pass


class _Watch:
    """Follows one sample child: output, result lines, its end; wall, memory and cost cap."""

    def __init__(self, host: ZygoteHost, pid: int, limits: dict, cap: dict | None, deadline: float) -> None:  # type: ignore[type-arg]
        self.host = host
        self.pid = pid
        self.limits = limits
        self.cap_s = float(cap["cpu_s"]) if cap and cap.get("cpu_s") else None
        self.deadline = deadline
        self.output = bytearray()
        self.dropped = 0
        self.results = bytearray()
        self.results_dropped = 0
        self.ended_by: str | None = None
        self.peak = 0
        self.started = time.monotonic()
        self.elapsed = 0.0
        self.cpu_seen = 0.0  # the sample's CPU seconds, as last read from /proc

    def run(self) -> tuple[int, float]:
        host = self.host
        memory = int(self.limits["memory_mb"]) * 1024 * 1024
        next_watch = time.monotonic()
        term_deadline = None
        while True:
            now = time.monotonic()
            if now >= next_watch:
                next_watch = now + WATCH_PERIOD_S
                if self.ended_by is None:
                    rss = rss_bytes(self.pid)
                    self.peak = max(self.peak, rss)
                    spent = self._cpu()
                    if now >= self.deadline:
                        self._stop("timeout", signal.SIGKILL)
                    elif rss > memory:
                        self._stop("memory", signal.SIGKILL)
                    elif self.cap_s is not None and spent > self.cap_s:
                        self._stop("cap", signal.SIGTERM)
                        term_deadline = now + CAP_GRACE_S
                elif term_deadline is not None and now >= term_deadline:
                    self._stop("cap-killed", signal.SIGKILL)
                    term_deadline = None
                elif now >= self.deadline + CAP_GRACE_S:
                    _kill_group(self.pid, signal.SIGKILL)
            watched = [host._out, host._results, host._events]
            if HARNESS_FD is not None:
                watched.append(HARNESS_FD)
            ready, _, _ = select.select(watched, [], [], max(0.0, min(next_watch - time.monotonic(), 1.0)))
            if HARNESS_FD is not None and HARNESS_FD in ready and not os.read(HARNESS_FD, 1):
                # one job at a time: a readable stdin during a job means end of stream
                _kill_group(self.pid, signal.SIGKILL)
                host.stop()
                raise HarnessGone(0)
            if host._out in ready:
                self._take_output()
            if host._results in ready:
                self._take_results()
            if host._events in ready:
                chunk = os.read(host._events, READ_CHUNK)
                if not chunk:
                    raise ZygoteBroken("the zygote exited during a sample")
                host._event_buffer += chunk
                if b"\n" in host._event_buffer:
                    line = host._event(self.deadline + 2 * CAP_GRACE_S)
                    if not line.startswith(b"gexit"):
                        raise ZygoteBroken(f"unexpected event during a sample: {line[:200]!r}")
                    self.elapsed = time.monotonic() - self.started
                    self._drain_results()
                    return int(line.split()[1]), self.cpu_seen

    def _cpu(self) -> float:
        self.cpu_seen = max(self.cpu_seen, cpu_seconds(self.pid))
        return self.cpu_seen

    def _stop(self, why: str, sig: int) -> None:
        self.ended_by = why
        _kill_group(self.pid, sig)

    def _take_output(self) -> None:
        chunk = os.read(self.host._out, READ_CHUNK)
        self.dropped += _append_capped(self.output, chunk, int(self.limits["output_bytes"]))

    def _take_results(self) -> bool:
        chunk = os.read(self.host._results, READ_CHUNK)
        self.results_dropped += _append_capped(self.results, chunk, MAX_RESULT_BYTES)
        return bool(chunk)

    def _drain_results(self) -> None:
        """What the ended sample wrote and the supervisor has not read yet."""
        while select.select([self.host._results], [], [], 0)[0] and self._take_results():
            pass
        while select.select([self.host._out], [], [], 0)[0]:
            self._take_output()


def _append_capped(buffer: bytearray, chunk: bytes, cap: int) -> int:
    """Append what fits under ``cap`` to ``buffer``; the number of bytes dropped."""
    room = max(0, cap - len(buffer))
    buffer += chunk[:room]
    return max(0, len(chunk) - room)


def _lines(watch: _Watch) -> list[dict] | str:  # type: ignore[type-arg]
    if watch.results_dropped:
        return "the sample's result was too large"
    records = []
    for raw in bytes(watch.results).splitlines():
        try:
            record = json.loads(raw)
        except ValueError:
            return "the sample's result is not valid JSON (forgery?)"
        if not isinstance(record, dict) or record.get("format") != 1:
            return "the sample's result has an unknown format (forgery?)"
        records.append(record)
    return records


def _response(watch: _Watch, status: int, cpu: float, dumps: tuple[list[int], int | None], limits: dict) -> dict:  # type: ignore[type-arg]
    """The supervisor's answer for one sample (same shape as a forked worker's)."""
    steps, final = dumps
    out = {
        "stdout": watch.output.decode("utf-8", "replace"),
        "stderr": "",
        "output_dropped_bytes": watch.dropped,
        "elapsed_s": round(watch.elapsed, 6),
        "cpu_s": round(cpu, 6),
        "peak_rss_bytes": watch.peak,
    }
    if watch.ended_by == "timeout":
        return {**out, "status": "timeout", "message": f"wall-clock limit of {limits['wall_s']:g} s reached"}
    if watch.ended_by == "memory":
        return {**out, "status": "memory", "message": f"memory limit of {limits['memory_mb']} MB reached"}
    if watch.ended_by == "cap-killed":
        return {**out, "status": "timeout", "message": "stopped at the cost cap (it ignored SIGTERM)"}
    records = _lines(watch)
    if isinstance(records, str):
        return {**out, "status": "error", "message": records}
    measured = [r for r in records if r.get("step") in ("load", "level")]
    if [r.get("step") for r in measured[:1]] not in ([], ["load"]) or any(
        r.get("step") != "level" or r.get("index") != i for i, r in enumerate(measured[1:])
    ):
        return {**out, "status": "error", "message": "the sample's results are out of order (forgery?)"}
    load = steps[0] if steps else None
    levels = []
    for record, cost in zip(measured[1:], steps[1:]):
        entry = {k: record[k] for k in ("digest", "unsupported", "raised", "violation") if k in record}
        levels.append({**entry, "cost": cost})
    ends = [r for r in records if r.get("step") == "end"]
    refused = (ends[0].get("refused") if ends else None) or {}
    if ends and isinstance(ends[0].get("cpu_ns"), int):
        out["cpu_s"] = round(max(cpu, ends[0]["cpu_ns"] / 1e9), 6)
    if watch.ended_by == "cap":
        # The step in progress was cut: callgrind's exit dump holds its count so far (and a step
        # that ended just before the signal, without its line, counts as part of it).
        extra = steps[len(measured) :]
        partial = sum(extra) + (final or 0) if (final is not None or extra) else -1
        return {
            **out,
            "status": "ok",
            "load_cost": load,
            "levels": levels,
            "capped": {"partial": partial, "cpu_s": watch.cap_s},
            "refused": refused,
        }
    if os.WIFSIGNALED(status):
        verdict, message = runner_limits.killed(os.WTERMSIG(status), limits, watch.elapsed, watch.peak)
        return {**out, "status": verdict, "message": message}
    if len(ends) != 1 or records[-1].get("step") != "end":
        return {**out, "status": "error", "message": "the worker exited without a result"}
    if len(steps) != len(measured) or any(c < 0 for c in steps):
        return {
            **out,
            "status": "error",
            "message": f"valgrind wrote {len(steps)} measurements for {len(measured)} steps (meter tampered?)",
        }
    end = ends[0]
    if end.get("status") != "ok":
        return {**out, "status": "error", "message": str(end.get("message", "")), "load_cost": load, "refused": refused}
    return {**out, "status": "ok", "load_cost": load, "levels": levels, "refused": refused}
