"""The supervisor: runs jobs for the harness, one fresh worker process per job (stdlib only).

It is the trusted half of the runner, the same in every sandbox: the local sandbox
starts it as a child process of the harness, the Docker sandbox as the main process of
a warm container. It reads one JSON job per line on stdin and answers one JSON line per
job on stdout. For each job it makes a temp directory and a worker process in its own
session (process group) with CPU, memory, file-size, process and wall-clock limits,
captures and caps the worker's output, and reports how the worker ended.

Why candidates cannot forge what it says: the supervisor marks itself non-dumpable, so a
worker of the same user cannot open the supervisor's stdout through /proc or trace it;
the worker gets fresh stdio and only its own result pipe; valgrind counts come from the
dump files callgrind writes, not from anything the worker says; and expected outputs
never enter this process, so there is no verdict to forge (the harness judges).
"""

from __future__ import annotations

import base64
import json
import os
import resource
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import limits as runner_limits  # noqa: E402  (sits next to this file)
import worker  # noqa: E402
import zygote_host  # noqa: E402

PROTOCOL_VERSION = 1
STDIN_FD = 0
WATCH_STDIN = True
READ_CHUNK = 65536
MAX_RESULT_BYTES = 64 * 1024 * 1024
WATCHDOG_PERIOD_S = 0.05


def _set_non_dumpable() -> None:
    """PR_SET_DUMPABLE 0: same-user processes can no longer ptrace us or open /proc/<pid>/fd."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(4, 0, 0, 0, 0)
    except (OSError, AttributeError):
        pass


def _limit_self(limits: dict) -> None:  # type: ignore[type-arg]
    for which, value in runner_limits.rlimits(limits):
        resource.setrlimit(which, value)
    # The heap, not the address space: every thread reserves a large malloc arena (PROT_NONE,
    # outside RLIMIT_DATA), so an address-space limit stopped honest threaded code at ~14
    # threads. RSS is watched from outside too, and Docker's cgroup limits the container.
    memory = int(limits["memory_mb"]) * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_DATA, (memory, memory))


def _close_fds_above(keep: int) -> None:
    """Close every descriptor above ``keep`` (listing /proc is far cheaper than closerange to 65536)."""
    try:
        fds = [int(name) for name in os.listdir("/proc/self/fd")]
    except OSError:
        os.closerange(keep + 1, 65536)
        return
    for fd in fds:
        if fd > keep:
            try:
                os.close(fd)
            except OSError:
                pass


# The CPU-feature pin the harness may set (evalperf/sandbox/pinning.py, PINNED_VARIABLES): the
# only variables of the supervisor's own environment that its workers get. Unset, the workers'
# environment is exactly the fixed one below (the environment is part of the state counted).
PINNED_VARIABLES = ("GLIBC_TUNABLES", "OPENSSL_ia32cap")


def _worker_env() -> dict[str, str]:
    env = {
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "PYTHONHASHSEED": "0",
        "PYTHONDONTWRITEBYTECODE": "1",
        "LANG": "C.UTF-8",
        "HOME": "/nonexistent",
    }
    for name in PINNED_VARIABLES:
        if name in os.environ:
            env[name] = os.environ[name]
    return env


class _Job:
    """One job's processes, pipes and temp dirs."""

    def __init__(self, job: dict) -> None:  # type: ignore[type-arg]
        self.job = job
        self.limits = runner_limits.job_limits(job)
        self.workdir = tempfile.mkdtemp(prefix="evalperf-job-")
        self.pid = -1

    def start(self) -> tuple[int, int, int]:
        out_r, out_w = os.pipe()
        err_r, err_w = os.pipe()
        res_r, res_w = os.pipe()
        self._fork(out_r, out_w, err_r, err_w, res_r, res_w)
        for fd in (out_w, err_w, res_w):
            os.close(fd)
        return out_r, err_r, res_r

    def _fork(self, out_r: int, out_w: int, err_r: int, err_w: int, res_r: int, res_w: int) -> None:
        sys.stdout.flush()
        pid = os.fork()
        if pid:
            self.pid = pid
            return
        code = 70
        try:
            os.setsid()
            for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGPIPE):
                signal.signal(sig, signal.SIG_DFL)
            os.chdir(self.workdir)
            _limit_self(self.limits)
            null = os.open(os.devnull, os.O_RDONLY)
            os.dup2(null, 0)
            os.dup2(out_w, 1)
            os.dup2(err_w, 2)
            keep = 3
            os.dup2(res_w, keep)
            _close_fds_above(keep)
            sys.setrecursionlimit(int(self.job.get("recursion_limit", 10_000)))
            worker.run(self.job, keep)
            try:
                sys.stdout.flush()
                sys.stderr.flush()
            except (OSError, ValueError):
                pass
            code = 0
        except BaseException:
            code = 70
        os._exit(code)

    def cleanup(self) -> None:
        if self.pid > 0:
            try:
                os.killpg(self.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass
        shutil.rmtree(self.workdir, ignore_errors=True)


def _harness_gone() -> None:
    """stdin closed while a job runs: the harness died. Stop everything; the container goes too."""
    raise SystemExit(0)


def _collect(job: _Job, fds: tuple[int, int, int]) -> dict:  # type: ignore[type-arg]
    """Wait for the worker, enforcing the wall clock and the memory limit from outside."""
    limits = job.limits
    cap = int(limits["output_bytes"])
    buffers = {fds[0]: bytearray(), fds[1]: bytearray(), fds[2]: bytearray()}
    dropped = {fds[0]: 0, fds[1]: 0, fds[2]: 0}
    open_fds = set(fds)
    start = time.monotonic()
    deadline = start + float(limits["wall_s"])
    memory = int(limits["memory_mb"]) * 1024 * 1024
    ended_by = None
    peak = 0
    next_watch = start + WATCHDOG_PERIOD_S
    status = None
    while open_fds:
        now = time.monotonic()
        if now >= deadline:
            ended_by = "timeout"
            break
        if now >= next_watch:
            next_watch = now + WATCHDOG_PERIOD_S
            rss = zygote_host.rss_bytes(job.pid)
            peak = max(peak, rss)
            if rss > memory:
                ended_by = "memory"
                break
        watched = [*open_fds, STDIN_FD] if WATCH_STDIN else list(open_fds)
        ready, _, _ = select.select(watched, [], [], min(deadline, next_watch) - now)
        if STDIN_FD in ready:
            # The protocol is strictly one job at a time: readable stdin during a job means EOF.
            if not os.read(STDIN_FD, 1):
                _harness_gone()
            ready.remove(STDIN_FD)
        for fd in ready:
            chunk = os.read(fd, READ_CHUNK)
            if not chunk:
                open_fds.discard(fd)
                continue
            limit = MAX_RESULT_BYTES if fd == fds[2] else cap
            room = limit - len(buffers[fd])
            buffers[fd] += chunk[: max(room, 0)]
            dropped[fd] += max(0, len(chunk) - max(room, 0))
    if ended_by is not None:
        try:
            os.killpg(job.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
    # The pipes are closed: wait for the worker itself, still bounded by the deadline.
    while status is None:
        pid, status_raw = os.waitpid(job.pid, os.WNOHANG)
        if pid:
            status = status_raw
            break
        if time.monotonic() >= deadline and ended_by is None:
            ended_by = "timeout"
            try:
                os.killpg(job.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass
        time.sleep(0.001)
    for fd in fds:
        os.close(fd)
    elapsed = time.monotonic() - start
    out = {
        "stdout": buffers[fds[0]].decode("utf-8", "replace"),
        "stderr": buffers[fds[1]].decode("utf-8", "replace"),
        "output_dropped_bytes": dropped[fds[0]] + dropped[fds[1]],
        "elapsed_s": round(elapsed, 6),
        "peak_rss_bytes": peak,
    }
    return _verdict(job, status, ended_by, bytes(buffers[fds[2]]), dropped[fds[2]], out)


def _verdict(
    job: _Job,
    status: int,
    ended_by: str | None,
    raw: bytes,
    raw_dropped: int,
    out: dict,  # type: ignore[type-arg]
) -> dict:  # type: ignore[type-arg]
    limit_s = job.limits["wall_s"]
    if ended_by == "timeout":
        return {**out, "status": "timeout", "message": f"wall-clock limit of {limit_s:g} s reached"}
    if ended_by == "memory":
        return {**out, "status": "memory", "message": f"memory limit of {job.limits['memory_mb']} MB reached"}
    if os.WIFSIGNALED(status):
        verdict, message = runner_limits.killed(
            os.WTERMSIG(status), job.limits, out["elapsed_s"], out["peak_rss_bytes"]
        )
        return {**out, "status": verdict, "message": message}
    code = os.WEXITSTATUS(status)
    if raw_dropped:
        return {**out, "status": "error", "message": "the worker's result was too large"}
    lines = raw.splitlines()
    if not lines:
        return {**out, "status": "error", "message": f"the worker exited with code {code} without a result"}
    if len(lines) != 1:
        return {**out, "status": "error", "message": "the worker wrote more than one result (forgery?)"}
    try:
        record = json.loads(lines[0])
    except ValueError:
        return {**out, "status": "error", "message": "the worker's result is not valid JSON"}
    if not isinstance(record, dict) or record.get("format") != worker.FORMAT_VERSION:
        return {**out, "status": "error", "message": "the worker's result has an unknown format"}
    record.pop("format", None)
    return {**record, **out}


def run_job(job: dict) -> dict:  # type: ignore[type-arg]
    """Run one job in a fresh worker process and return the response record."""
    if job.get("kind") == "info":
        return {"status": "ok", "info": _info(job)}
    if job.get("kind") == "profile" and job.get("meter") == "valgrind":
        return _run_on_zygote(job)
    runner = _Job(job)
    try:
        fds = runner.start()
        return _collect(runner, fds)
    except SystemExit:
        runner.cleanup()
        raise
    except RuntimeError as exc:
        return {"status": "error", "message": str(exc), "infrastructure": True}
    finally:
        runner.cleanup()


_ZYGOTE: list[zygote_host.ZygoteHost] = []  # at most one: this worker's


def _zygote(job: dict) -> zygote_host.ZygoteHost:  # type: ignore[type-arg]
    identity = (job.get("valgrind", "valgrind"), job.get("python", sys.executable), str(job.get("region_library")))
    if _ZYGOTE and _ZYGOTE[0].identity != identity:
        _ZYGOTE.pop().stop()
    if not _ZYGOTE:
        _ZYGOTE.append(zygote_host.ZygoteHost(*identity, env=_worker_env()))
    return _ZYGOTE[0]


def _native_inputs(job: dict) -> bytes | str | None:  # type: ignore[type-arg]
    """The task's inputs, made by a plain (not valgrind) worker and pickled: bytes; the
    generator's failure: its message; None when they are not plain data (the zygote's task
    child then makes them itself, under valgrind)."""
    spec = {key: job[key] for key in ("generator", "levels", "recursion_limit", "limits") if key in job}
    runner = _Job({"kind": "inputs", "pickle": True, **spec})
    try:
        record = _collect(runner, runner.start())
    except RuntimeError as exc:
        return f"the stress-input generator could not run: {exc}"
    finally:
        runner.cleanup()
    if record.get("status") != "ok":
        return f"the stress-input generator failed: {record.get('status')} {record.get('message', '')}".strip()
    blob = record.get("pickle")
    return base64.b64decode(blob) if isinstance(blob, str) else None


def _run_on_zygote(job: dict) -> dict:  # type: ignore[type-arg]
    """A valgrind profile: a fork of this worker's warm zygote measures it (zygote_host.py)."""
    limits = runner_limits.job_limits(job)
    host = _zygote(job)
    for attempt in (1, 2):  # a zygote found dead is restarted once
        try:
            problem = host.ensure_task(job, time.monotonic() + float(limits["wall_s"]), _native_inputs)
            if problem is not None:
                return {"status": "error", "message": problem, "elapsed_s": 0.0}
            return host.run_sample(job, limits, time.monotonic() + float(limits["wall_s"]))
        except zygote_host.ZygoteBroken as exc:
            host.stop()
            if attempt == 2 or "did not start" in str(exc):
                return {"status": "meter-error", "message": str(exc)}
        finally:
            _reap_orphans(host)
    raise AssertionError("unreachable")


def _reap_orphans(host: zygote_host.ZygoteHost) -> None:
    """Reap children that are not ours to wait for: orphans re-parented to us as a container's PID 1.

    Elsewhere orphans go to the host's init, and this scan of /proc is skipped.
    """
    if os.getpid() != 1:
        return
    keep = host.proc.pid if host.proc is not None else -1
    try:
        names = os.listdir("/proc")
    except OSError:
        return
    me = str(os.getpid()).encode()
    for name in names:
        if not name.isdigit() or int(name) == keep:
            continue
        try:
            with open(f"/proc/{name}/stat", "rb") as handle:
                fields = handle.read().rsplit(b")", 1)[1].split()
        except OSError:
            continue
        if fields[0] == b"Z" and fields[1] == me:
            try:
                os.waitpid(int(name), os.WNOHANG)
            except ChildProcessError:
                pass


def _info(job: dict) -> dict:  # type: ignore[type-arg]
    valgrind = None
    try:
        done = subprocess.run(
            [job.get("valgrind", "valgrind"), "--tool=callgrind", "--version"],
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        )
        valgrind = done.stdout.strip() or None
    except (OSError, subprocess.SubprocessError):
        valgrind = None
    return {
        "python": sys.version.split()[0],
        "python_build": sys.version,
        "python_implementation": sys.implementation.name,
        "python_executable": sys.executable,
        "valgrind": valgrind,
        "uid": os.getuid(),
        "protocol": PROTOCOL_VERSION,
    }


def serve() -> None:
    """Answer jobs from stdin until it closes."""
    _set_non_dumpable()
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    stdin = sys.stdin.buffer
    stdout = sys.stdout.buffer
    stdout.write((json.dumps({"ready": PROTOCOL_VERSION}) + "\n").encode())
    stdout.flush()
    for line in stdin:
        if not line.strip():
            continue
        try:
            job = json.loads(line)
            job_id = job.get("id")
        except ValueError:
            job, job_id = None, None
        if not isinstance(job, dict):
            response: dict = {"status": "error", "message": "unreadable job", "infrastructure": True}  # type: ignore[type-arg]
        else:
            response = run_job(job)
        response["id"] = job_id
        stdout.write((json.dumps(response) + "\n").encode())
        stdout.flush()


if __name__ == "__main__":
    serve()
