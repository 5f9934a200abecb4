"""The worker: the one process that hosts candidate code (standard library only).

It is started by the supervisor, either forked (correctness checks, `time` and `perf`
meters) or executed fresh under valgrind (the `valgrind` meter). It loads the solution,
calls the entry point on the inputs of its job, and writes one JSON record to the
result pipe. It never sees expected outputs: correctness is judged by the harness, so a
candidate has nothing to forge here but its own answers.

Before candidate code is loaded, the worker installs an audit hook that refuses what
no solution needs and what could tamper with the measurement: writing files, ctypes,
starting processes, signals, sockets. The hook is defence in depth; the isolation
itself comes from the sandbox around the process (Docker, or rlimits for `local`).
"""

from __future__ import annotations

import gc
import hashlib
import json
import math
import os
import sys
import time

FORMAT_VERSION = 1
MAX_NODES = 2_000_000  # values in one returned object before it counts as too large
MAX_OUTPUT_JSON = 1_000_000  # bytes of one canonical output sent back in check mode
TIME_MIN_SECONDS = 0.02  # each timed repeat lasts at least this long (loops calibrated)
TIME_REPEATS = 7
TIME_MAX_LOOPS = 1000

_BLOCKED_EVENTS = {
    "os.system": "starting processes",
    "os.exec": "starting processes",
    "os.posix_spawn": "starting processes",
    "os.spawn": "starting processes",
    "os.fork": "starting processes",
    "os.forkpty": "starting processes",
    "subprocess.Popen": "starting processes",
    "os.kill": "sending signals",
    "os.killpg": "sending signals",
    "signal.pthread_kill": "sending signals",
    "socket.__new__": "network access",
    "socket.connect": "network access",
    "socket.bind": "network access",
    "socket.getaddrinfo": "network access",
    "os.remove": "changing files",
    "os.rename": "changing files",
    "os.rmdir": "changing files",
    "os.chmod": "changing files",
    "os.chown": "changing files",
    "os.link": "changing files",
    "os.symlink": "changing files",
    "os.truncate": "changing files",
    "os.mkdir": "changing files",
    "os.utime": "changing files",
    "os.putenv": "changing the environment",
    "os.unsetenv": "changing the environment",
    "ctypes.dlopen": "ctypes",
    "ctypes.dlsym": "ctypes",
    "ctypes.dlsym/handle": "ctypes",
    "ctypes.cdata": "ctypes",
    "ctypes.cdata/buffer": "ctypes",
    "ctypes.addressof": "ctypes",
    "ctypes.string_at": "ctypes",
    "ctypes.wstring_at": "ctypes",
    "ctypes.PyObj_FromPtr": "ctypes",
    "sys.setprofile": "tampering with the meter",
    "sys.settrace": "tampering with the meter",
    "sys._current_frames": "inspecting the harness",
    "gc.get_referrers": "inspecting the harness",
    "gc.get_objects": "inspecting the harness",
    "gc.get_referents": "inspecting the harness",
}
_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND


class SandboxViolation(PermissionError):
    """Raised into candidate code when it attempts something the worker forbids."""


class Unsupported(Exception):
    """The return value cannot be represented as plain data."""


def canonical(value: object, float_digits: int | None = None) -> object:
    """Turn a return value into plain JSON data (tuples become lists, sets sorted lists)."""
    budget = [MAX_NODES]

    def walk(x: object, depth: int) -> object:
        budget[0] -= 1
        if budget[0] < 0:
            raise Unsupported(f"return value has more than {MAX_NODES} parts")
        if depth > 200:
            raise Unsupported("return value is nested more than 200 levels deep")
        if x is None or isinstance(x, (bool, str)):
            return x
        if isinstance(x, int):
            return x
        if isinstance(x, float):
            if math.isnan(x) or math.isinf(x):
                return {"__float__": repr(x)}
            if float_digits is not None:
                return float(f"{x:.{float_digits}g}")
            return x
        if isinstance(x, (list, tuple)):
            return [walk(v, depth + 1) for v in x]
        if isinstance(x, (set, frozenset)):
            items = [walk(v, depth + 1) for v in x]
            return sorted(items, key=lambda v: json.dumps(v, sort_keys=True))
        if isinstance(x, dict):
            if all(isinstance(k, str) for k in x):
                return {k: walk(v, depth + 1) for k, v in x.items()}
            pairs = [[walk(k, depth + 1), walk(v, depth + 1)] for k, v in x.items()]
            return {"__dict__": sorted(pairs, key=lambda v: json.dumps(v, sort_keys=True))}
        raise Unsupported(f"return value of type {type(x).__name__} is not plain data")

    return walk(value, 0)


def _dumps(value: object) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), allow_nan=False)


def digest(value: object) -> str:
    """Hash of a canonical output, to compare stress outputs without shipping them."""
    return hashlib.sha256(_dumps(value).encode()).hexdigest()


class _ValgrindRegion:
    """Calls through region.so, whose toggles make callgrind count only the call."""

    def __init__(self, library: str) -> None:
        import ctypes

        self._lib = ctypes.CDLL(library)
        self._cb_type = ctypes.CFUNCTYPE(ctypes.c_long)
        self._lib.evalperf_measure.argtypes = [self._cb_type]
        self._lib.evalperf_measure.restype = ctypes.c_long
        self._lib.evalperf_running_on_valgrind.restype = ctypes.c_long
        if not self._lib.evalperf_running_on_valgrind():
            raise RuntimeError("the valgrind meter needs the worker to run under valgrind")
        self._measure = self._lib.evalperf_measure
        self.address = ctypes.cast(self._measure, ctypes.c_void_p).value

    def call(self, fn, args):  # type: ignore[no-untyped-def]
        box: dict[str, object] = {}

        def callback() -> int:
            try:
                box["value"] = fn(*args)
            except BaseException as exc:
                box["error"] = exc
            return 0

        cb = self._cb_type(callback)
        # The count must not depend on what ran before the call in this process (the job's size,
        # earlier levels): collect, then freeze the survivors so the collector's work inside the
        # call (and when it triggers) depends on the call's own allocations only.
        gc.collect()
        gc.freeze()
        try:
            self._measure(cb)
        finally:
            gc.unfreeze()
        if "error" in box:
            raise box["error"]  # type: ignore[misc]
        return box.get("value"), None


class _PerfCounter:
    """User-space retired instructions of the call, through perf_event_open."""

    PERF_TYPE_HARDWARE = 0
    PERF_COUNT_HW_INSTRUCTIONS = 1
    ENABLE, DISABLE, RESET = 0x2400, 0x2401, 0x2403
    SYS_PERF_EVENT_OPEN = 298  # x86_64

    def __init__(self) -> None:
        import ctypes
        import struct

        libc = ctypes.CDLL(None, use_errno=True)
        attr = ctypes.create_string_buffer(128)
        # type, size, config; flags bit 0 disabled, bit 5 exclude_kernel, bit 6 exclude_hv
        struct.pack_into("=IIQ", attr, 0, self.PERF_TYPE_HARDWARE, 128, self.PERF_COUNT_HW_INSTRUCTIONS)
        struct.pack_into("=Q", attr, 40, (1 << 0) | (1 << 5) | (1 << 6))
        libc.syscall.restype = ctypes.c_long
        fd = libc.syscall(self.SYS_PERF_EVENT_OPEN, attr, 0, -1, -1, 0)
        if fd < 0:
            err = ctypes.get_errno()
            raise RuntimeError(
                f"perf_event_open for hardware instructions failed: {os.strerror(err)} (errno {err}); "
                "this machine exposes no usable PMU counter to this process"
            )
        self._fd = fd
        self._ioctl = libc.ioctl
        self.addresses = {
            ctypes.cast(libc.ioctl, ctypes.c_void_p).value,
        }

    def call(self, fn, args):  # type: ignore[no-untyped-def]
        ioctl, fd = self._ioctl, self._fd
        ioctl(fd, self.RESET, 0)
        ioctl(fd, self.ENABLE, 0)
        try:
            value = fn(*args)
        finally:
            ioctl(fd, self.DISABLE, 0)
        count = int.from_bytes(os.read(fd, 8), "little")
        return value, count


def _install_guard(allowed_calls: set[int]) -> None:
    """Refuse, from now on, what candidate code has no business doing (see module docstring)."""
    blocked = dict(_BLOCKED_EVENTS)

    def hook(event: str, args: tuple) -> None:  # type: ignore[type-arg]
        if event == "open":
            path, mode, flags = args
            writing = (isinstance(mode, str) and any(c in mode for c in "wax+")) or (
                isinstance(flags, int) and flags & _WRITE_FLAGS
            )
            if writing:
                raise SandboxViolation(f"evalperf sandbox: writing files is not allowed ({path!r})")
            return
        if event == "ctypes.call_function":
            if args[0] in allowed_calls:
                return
            raise SandboxViolation("evalperf sandbox: ctypes is not allowed")
        reason = blocked.get(event)
        if reason:
            raise SandboxViolation(f"evalperf sandbox: {reason} is not allowed ({event})")

    sys.addaudithook(hook)


def _describe(exc: BaseException) -> str:
    text = f"{type(exc).__name__}: {exc}"
    return text if len(text) <= 500 else text[:500] + "..."


def _load(job: dict) -> tuple[object, str | None]:  # type: ignore[type-arg]
    namespace: dict[str, object] = {"__name__": "__evalperf_solution__", "__builtins__": __builtins__}
    try:
        code = compile(job["solution"], "<solution>", "exec")
    except (SyntaxError, ValueError) as exc:
        return None, f"syntax error: {_describe(exc)}"
    try:
        exec(code, namespace)
    except MemoryError:
        raise
    except SandboxViolation as exc:
        return None, str(exc)
    except BaseException as exc:  # any failure while loading is the solution's
        return None, f"loading the solution raised {_describe(exc)}"
    fn = namespace.get(job["entry_point"])
    if not callable(fn):
        return None, f"entry point {job['entry_point']!r} is not defined by the solution"
    return fn, None


def _check(fn: object, job: dict) -> dict:  # type: ignore[type-arg]
    outcomes: list[dict[str, object]] = []
    for args in job["tests"]:
        try:
            value = fn(*args)  # type: ignore[operator]
        except MemoryError:
            raise
        except SandboxViolation as exc:
            outcomes.append({"violation": str(exc)})
            continue
        except BaseException as exc:  # a test that raises is a failed test
            outcomes.append({"raised": _describe(exc)})
            continue
        try:
            data = canonical(value)
            text = _dumps(data)
        except (Unsupported, ValueError, TypeError, RecursionError) as exc:
            outcomes.append({"unsupported": str(exc)})
            continue
        if len(text) > MAX_OUTPUT_JSON:
            outcomes.append({"unsupported": f"return value is larger than {MAX_OUTPUT_JSON} bytes as JSON"})
            continue
        outcomes.append({"value": data})
    return {"status": "ok", "outcomes": outcomes}


def _time_call(fn, make_args, clock):  # type: ignore[no-untyped-def]
    """CPU time of one call in ns: calibrated loops, repeats, median (pyperf's idea, small)."""
    loops = 1
    while True:
        batch = [make_args() for _ in range(loops)]
        start = clock()
        for args in batch:
            value = fn(*args)
        spent = clock() - start
        if spent >= TIME_MIN_SECONDS * 1e9 or loops >= TIME_MAX_LOOPS:
            break
        wanted = loops * 10 if spent == 0 else int(loops * 1.2e9 * TIME_MIN_SECONDS / spent) + 1
        loops = min(TIME_MAX_LOOPS, max(loops * 2, wanted))
    per_call: list[float] = []
    for _ in range(TIME_REPEATS):
        batch = [make_args() for _ in range(loops)]
        start = clock()
        for args in batch:
            fn(*args)
        per_call.append((clock() - start) / loops)
    per_call.sort()
    median = per_call[len(per_call) // 2]
    mad = sorted(abs(x - median) for x in per_call)[len(per_call) // 2]
    return value, median, {"loops": loops, "repeats": TIME_REPEATS, "mad_ns": mad}


def _profile(fn: object, job: dict, meter: object, clock: object) -> dict:  # type: ignore[type-arg]
    generator: dict[str, object] = {"__name__": "__evalperf_generator__"}
    exec(compile(job["generator"], "<generator>", "exec"), generator)
    generate = generator["generate"]
    float_digits = job.get("float_digits")
    levels: list[dict[str, object]] = []
    for level in job["levels"]:

        def make_args(level=level):  # type: ignore[no-untyped-def]
            return generate(level["seed"], level["scale"])  # type: ignore[operator]

        entry: dict[str, object] = {}
        try:
            if meter is None:
                value, cost, extra = _time_call(fn, make_args, clock)
                entry["stats"] = extra
            else:
                value, cost = meter.call(fn, make_args())  # type: ignore[attr-defined]
        except MemoryError:
            raise
        except SandboxViolation as exc:
            entry["violation"] = str(exc)
            levels.append(entry)
            break
        except BaseException as exc:  # reported; later levels are not run
            entry["raised"] = _describe(exc)
            levels.append(entry)
            break
        entry["cost"] = cost
        try:
            entry["digest"] = digest(canonical(value, float_digits))
        except (Unsupported, ValueError, TypeError, RecursionError) as exc:
            entry["unsupported"] = str(exc)
            levels.append(entry)
            break
        levels.append(entry)
    return {"status": "ok", "levels": levels}


def _inputs(job: dict) -> dict:  # type: ignore[type-arg]
    """Digests of the generated stress inputs (to check that a generator is deterministic)."""
    generator: dict[str, object] = {"__name__": "__evalperf_generator__"}
    exec(compile(job["generator"], "<generator>", "exec"), generator)
    digests = []
    for level in job["levels"]:
        args = generator["generate"](level["seed"], level["scale"])  # type: ignore[operator]
        digests.append({"digest": digest(canonical(args)), "cost": 0})
    return {"status": "ok", "levels": digests}


def run(job: dict, result_fd: int) -> None:  # type: ignore[type-arg]
    """Run one job and write its record to result_fd; the process exits afterwards."""
    allowed: set[int] = set()
    meter: object = None
    clock = time.process_time_ns  # bound before candidate code can replace it
    try:
        if job["kind"] == "profile" and job["meter"] == "valgrind":
            meter = _ValgrindRegion(job["region_library"])
            allowed.add(meter.address)  # type: ignore[attr-defined]
        elif job["kind"] == "profile" and job["meter"] == "perf":
            meter = _PerfCounter()
            allowed |= meter.addresses  # type: ignore[attr-defined]
    except (OSError, RuntimeError, AttributeError) as exc:
        _emit(result_fd, {"status": "meter-error", "message": str(exc)})
        return
    if job.get("guard", True):
        _install_guard(allowed)
    try:
        if job["kind"] == "inputs":
            _emit(result_fd, _inputs(job))
            return
        fn, problem = _load(job)
        if problem is not None:
            record: dict[str, object] = {"status": "error", "message": problem}
        elif job["kind"] == "check":
            record = _check(fn, job)
        else:
            record = _profile(fn, job, meter, clock)
    except MemoryError:
        record = {"status": "memory", "message": "MemoryError: the memory limit was reached"}
    except SandboxViolation as exc:
        record = {"status": "error", "message": str(exc)}
    except BaseException as exc:
        record = {"status": "error", "message": _describe(exc)}
    _emit(result_fd, record)


def _emit(result_fd: int, record: dict) -> None:  # type: ignore[type-arg]
    record["format"] = FORMAT_VERSION
    data = (json.dumps(record, allow_nan=False) + "\n").encode()
    view = memoryview(data)
    while view:
        written = os.write(result_fd, view)
        view = view[written:]


def main() -> None:
    """Entry when executed fresh (under valgrind): worker.py JOB_FILE RESULT_FD."""
    job_path, result_fd = sys.argv[1], int(sys.argv[2])
    with open(job_path, encoding="utf-8") as handle:
        job = json.load(handle)
    os.unlink(job_path)
    sys.setrecursionlimit(job.get("recursion_limit", 10_000))
    run(job, result_fd)
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    main()
