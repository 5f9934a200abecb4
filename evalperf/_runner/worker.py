"""The worker: the one process that hosts candidate code (standard library only).

The supervisor forks it for correctness checks and the `time` and `perf` meters; under the
`valgrind` meter the same functions run in a child of the zygote (zygote.py). It loads the
solution, calls the entry point on the inputs of its job, and writes its JSON record to the
result pipe. It never sees expected outputs: correctness is judged by the harness, so a
candidate has nothing to forge here but its own answers. Profiling measures the module's own
execution (its first step) as well as every call: work done at import time is counted.

Before candidate code is loaded, the worker installs an audit hook that refuses what
no solution needs and what could tamper with the measurement: writing files, ctypes,
starting processes, signals, sockets. The hook is defence in depth; the isolation
itself comes from the sandbox around the process (Docker, or rlimits for `local`).
"""

from __future__ import annotations

import ast
import hashlib
import json
import math
import os
import resource
import sys

FORMAT_VERSION = 1
MAX_NODES = 2_000_000  # values in one returned object before it counts as too large
MAX_OUTPUT_JSON = 1_000_000  # bytes of one canonical output sent back in check mode
TIME_MIN_SECONDS = 0.02  # each timed repeat lasts at least this long (loops calibrated)
TIME_REPEATS = 7
TIME_MAX_LOOPS = 1000
INPUT_MAX_NODES = 20_000_000  # values in one task's inputs pickled for the zygote (else made there)
PICKLE_PROTOCOL = 5  # the task's inputs, made natively for the zygote (fixed: the bytes are part of the state)
# A span the `time` meter's clock advanced fewer steps over is below its resolution: its cost
# is not reported, only the bound it is under (TIME_MIN_STEPS steps, per loop).
TIME_MIN_STEPS = 10
CLOCK_STEP_SAMPLES = 5  # observed steps of the clock; the least is its resolution
# Integers wider than this are canonical as {"__int__": hex(x)}: CPython refuses to write an
# int of more than 4,300 decimal digits (about 14,284 bits), and the decimal conversion is
# quadratic anyway; hex() is linear, exact and keeps the sign. Fixed here, never taken from
# the process's own limit, so an output has one canonical form wherever it is digested.
BIG_INT_BITS = 12_000

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
    """Turn a return value into plain JSON data (tuples become lists, sets sorted lists).

    Only the built-in types' own slots are used (``type(x)``, ``list.__iter__``, ``int.__int__``
    ...), never a method a subclass overrides: this runs after the measured region, and a
    returned object must not be able to do its work lazily here, where nothing is counted.
    """
    budget = [MAX_NODES]

    def walk(x: object, depth: int) -> object:
        budget[0] -= 1
        if budget[0] < 0:
            raise Unsupported(f"return value has more than {MAX_NODES} parts")
        if depth > 200:
            raise Unsupported("return value is nested more than 200 levels deep")
        kind = type(x)
        if x is None or kind is bool:
            return x
        if issubclass(kind, str):
            return str.__str__(x)  # type: ignore[arg-type]
        if issubclass(kind, int):
            number = int.__int__(x)  # type: ignore[arg-type]
            return {"__int__": hex(number)} if number.bit_length() > BIG_INT_BITS else number
        if issubclass(kind, float):
            f = float.__float__(x)  # type: ignore[arg-type]
            if math.isnan(f) or math.isinf(f):
                return {"__float__": repr(f)}
            if float_digits is not None:
                return float(f"{f:.{float_digits}g}")
            return f
        if issubclass(kind, list):
            return [walk(v, depth + 1) for v in list.__iter__(x)]  # type: ignore[arg-type]
        if issubclass(kind, tuple):
            return [walk(v, depth + 1) for v in tuple.__iter__(x)]  # type: ignore[arg-type]
        if issubclass(kind, (set, frozenset)):
            base = set if issubclass(kind, set) else frozenset
            items = [walk(v, depth + 1) for v in base.__iter__(x)]  # type: ignore[attr-defined]
            return sorted(items, key=_dumps)
        if issubclass(kind, dict):
            pairs = list(dict.items(x))  # type: ignore[arg-type]
            if all(type(k) is str for k, _ in pairs):
                return {k: walk(v, depth + 1) for k, v in pairs}
            walked = [[walk(k, depth + 1), walk(v, depth + 1)] for k, v in pairs]
            return {"__dict__": sorted(walked, key=_dumps)}
        raise Unsupported(f"return value of type {kind.__name__} is not plain data")

    return walk(value, 0)


def _dumps(value: object) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), allow_nan=False)


def digest(value: object) -> str:
    """Hash of a canonical output, to compare stress outputs without shipping them."""
    return hashlib.sha256(_dumps(value).encode()).hexdigest()


class ValgrindRegion:
    """Steps through region.so, whose toggles make callgrind count only the step.

    Each ``step`` zeroes callgrind's counters, turns collection on, runs the callback, turns it
    off and dumps: one dump file per step, read by the supervisor. The library is loaded with
    PyDLL, so the GIL is held from the toggle on to the toggle off: no other thread of the
    process runs Python code outside a step while the harness is between steps.
    """

    def __init__(self, library: str) -> None:
        import ctypes

        self._lib = ctypes.PyDLL(library)
        self._cb_type = ctypes.CFUNCTYPE(ctypes.c_long)
        self._lib.evalperf_measure.argtypes = [self._cb_type]
        self._lib.evalperf_measure.restype = ctypes.c_long
        self._lib.evalperf_running_on_valgrind.restype = ctypes.c_long
        if not self._lib.evalperf_running_on_valgrind():
            raise RuntimeError("the valgrind meter needs the worker to run under valgrind")
        self._measure = self._lib.evalperf_measure
        self.address = ctypes.cast(self._measure, ctypes.c_void_p).value

    def step(self, work):  # type: ignore[no-untyped-def]
        """Run ``work()`` (which must not raise) as one measured step."""

        def callback() -> int:
            work()
            return 0

        self._measure(self._cb_type(callback))


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
        # type, size, config; flags bit 0 disabled, bit 1 inherit (threads the step starts),
        # bit 5 exclude_kernel, bit 6 exclude_hv
        struct.pack_into("=IIQ", attr, 0, self.PERF_TYPE_HARDWARE, 128, self.PERF_COUNT_HW_INSTRUCTIONS)
        struct.pack_into("=Q", attr, 40, (1 << 0) | (1 << 1) | (1 << 5) | (1 << 6))
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

    def step(self, work):  # type: ignore[no-untyped-def]
        """Run ``work()`` and return the instructions it retired in user space."""
        ioctl, fd = self._ioctl, self._fd
        ioctl(fd, self.RESET, 0)
        ioctl(fd, self.ENABLE, 0)
        try:
            work()
        finally:
            ioctl(fd, self.DISABLE, 0)
        return int.from_bytes(os.read(fd, 8), "little")


def cpu_clock():  # type: ignore[no-untyped-def]
    """The `time` meter's clock: CPU ns of the whole process (every thread), in 1 us steps.

    Not CLOCK_PROCESS_CPUTIME_ID (time.process_time_ns): once RLIMIT_CPU is set, as it is for
    every job, Linux serves that clock from the process timer's tick-based sample, and it
    moves in steps of a scheduler tick (4 ms measured here), so calls of a few microseconds
    read as 0. getrusage sums the threads' exact run times whatever limit is set. Its
    function is bound here, before candidate code could replace it.
    """
    getrusage, who = resource.getrusage, resource.RUSAGE_SELF

    def clock() -> int:
        usage = getrusage(who)
        return round((usage.ru_utime + usage.ru_stime) * 1e6) * 1000

    return clock


def clock_step(clock) -> int:  # type: ignore[no-untyped-def]
    """The clock's resolution in ns: the least of a few observed steps."""
    steps = []
    for _ in range(CLOCK_STEP_SAMPLES):
        start = now = clock()
        while now == start:  # CPU time passes while spinning, so this ends
            now = clock()
        steps.append(now - start)
    return min(steps)


class _CpuClock:
    """The `time` meter's clock for one-off steps (the module's execution): CPU ns."""

    def __init__(self, clock) -> None:  # type: ignore[no-untyped-def]
        self._clock = clock

    def step(self, work):  # type: ignore[no-untyped-def]
        start = self._clock()
        work()
        return self._clock() - start


def install_guard(allowed_calls: set[int]) -> dict[str, int]:
    """Refuse, from now on, what candidate code has no business doing (see module docstring).

    Returns the tally of refusals (reason -> count), filled as they happen and reported with
    the job's record, so a sample that tried the network shows it.
    """
    blocked = dict(_BLOCKED_EVENTS)
    refused: dict[str, int] = {}

    def refuse(reason: str, detail: str) -> None:
        refused[reason] = refused.get(reason, 0) + 1
        raise SandboxViolation(f"evalperf sandbox: {reason} is not allowed ({detail})")

    def hook(event: str, args: tuple) -> None:  # type: ignore[type-arg]
        if event == "open":
            path, mode, flags = args
            writing = (isinstance(mode, str) and any(c in mode for c in "wax+")) or (
                isinstance(flags, int) and flags & _WRITE_FLAGS
            )
            if writing:
                refuse("writing files", repr(path))
            return
        if event == "ctypes.call_function":
            if args[0] in allowed_calls:
                return
            refuse("ctypes", event)
        reason = blocked.get(event)
        if reason:
            refuse(reason, event)

    sys.addaudithook(hook)
    return refused


def _describe(exc: BaseException) -> str:
    try:
        text = f"{type(exc).__name__}: {BaseException.__str__(exc)}"
    except BaseException:
        text = type(exc).__name__
    return text if len(text) <= 500 else text[:500] + "..."


def compile_solution(job: dict) -> tuple[object, str | None]:  # type: ignore[type-arg]
    """The solution's code object (harness work: compiling runs no candidate code)."""
    try:
        return compile(job["solution"], "<solution>", "exec"), None
    except (SyntaxError, ValueError) as exc:
        return None, f"syntax error: {_describe(exc)}"


def execute_solution(code: object, entry_point: str) -> tuple[object, str | None]:
    """Run the module's code (the first measured step) and find the entry point."""
    namespace: dict[str, object] = {"__name__": "__evalperf_solution__", "__builtins__": __builtins__}
    try:
        exec(code, namespace)  # type: ignore[arg-type]
    except MemoryError:
        raise
    except SandboxViolation as exc:
        return None, str(exc)
    except BaseException as exc:  # any failure while loading is the solution's
        return None, f"loading the solution raised {_describe(exc)}"
    fn = namespace.get(entry_point)
    if not callable(fn):
        return None, f"entry point {entry_point!r} is not defined by the solution"
    return fn, None


def _load(job: dict) -> tuple[object, str | None]:  # type: ignore[type-arg]
    code, problem = compile_solution(job)
    if problem is not None:
        return None, problem
    return execute_solution(code, job["entry_point"])


def _check(fn: object, job: dict) -> dict:  # type: ignore[type-arg]
    outcomes: list[dict[str, object]] = []
    for test in job["tests"]:
        # arguments JSON cannot carry (tuples, sets, complex) come as the repr of the list
        args = ast.literal_eval(test) if isinstance(test, str) else test
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


def _time_call(fn, make_args, clock, step):  # type: ignore[no-untyped-def]
    """CPU time of one call in ns: calibrated loops, repeats, median (pyperf's idea, small).

    Returns (value, cost, stats, resolved). A median repeat shorter than TIME_MIN_STEPS steps of
    the clock (``step`` ns) is not resolved: its cost is then the bound it is under, per call.
    """
    floor = TIME_MIN_STEPS * step
    # calibrated to twice the floor: a repeat of the calibrated loops is read off a clock in steps
    # and may come out a step short, which must not turn a resolvable call into a bound
    target = max(TIME_MIN_SECONDS * 1e9, 2 * floor)
    loops = 1
    while True:
        batch = [make_args() for _ in range(loops)]
        start = clock()
        for args in batch:
            value = fn(*args)
        spent = clock() - start
        if spent >= target or loops >= TIME_MAX_LOOPS:
            break
        wanted = loops * 10 if spent == 0 else int(loops * 1.2 * target / spent) + 1
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
    stats = {"loops": loops, "repeats": TIME_REPEATS, "mad_ns": mad, "clock_step_ns": step}
    if median * loops < floor:
        return value, floor / loops, stats, False
    return value, median, stats, True


def make_generator(source: str):  # type: ignore[no-untyped-def]
    """The task's ``generate(seed, scale)`` (trusted code)."""
    generator: dict[str, object] = {"__name__": "__evalperf_generator__"}
    exec(compile(source, "<generator>", "exec"), generator)
    return generator["generate"]


def make_inputs(spec: dict) -> list[object]:  # type: ignore[type-arg]
    """Every stress level's arguments, made by the task's generator."""
    generate = make_generator(spec["generator"])
    return [generate(level["seed"], level["scale"]) for level in spec["levels"]]


def level_entry(value: object, float_digits: int | None) -> dict[str, object]:
    """A measured level's output digest (or why it has none)."""
    try:
        return {"digest": digest(canonical(value, float_digits))}
    except (Unsupported, ValueError, TypeError, RecursionError) as exc:
        return {"unsupported": str(exc)}


def _profile(code: object, job: dict, meter: object, clock: object) -> dict:  # type: ignore[type-arg]
    """The `time` and `perf` meters: the module's execution, then each level's call.

    Under `time`, a step below the clock's resolution is flagged ``below_resolution`` and its
    cost is the bound it is under (a level's in its entry, the module's as ``load_cost``).
    """
    float_digits = job.get("float_digits")
    loaded: dict[str, object] = {}
    step = clock_step(clock) if meter is None else 0

    def load() -> None:
        loaded["fn"], loaded["problem"] = execute_solution(code, job["entry_point"])

    load_cost = (meter if meter is not None else _CpuClock(clock)).step(load)  # type: ignore[attr-defined]
    flags: dict[str, object] = {}
    if meter is None and load_cost < TIME_MIN_STEPS * step:
        load_cost = TIME_MIN_STEPS * step
        flags["load_below_resolution"] = True
    if loaded["problem"] is not None:
        return {"status": "error", "message": loaded["problem"], "load_cost": load_cost, **flags}
    fn = loaded["fn"]
    generate = make_generator(job["generator"])
    levels: list[dict[str, object]] = []
    for level in job["levels"]:

        def make_args(level=level):  # type: ignore[no-untyped-def]
            return generate(level["seed"], level["scale"])

        entry: dict[str, object] = {}
        box: dict[str, object] = {}
        try:
            if meter is None:
                value, cost, extra, resolved = _time_call(fn, make_args, clock, step)
                entry["stats"] = extra
                if not resolved:
                    entry["below_resolution"] = True
            else:
                args = make_args()

                def call(args=args, box=box) -> None:  # type: ignore[no-untyped-def]
                    box["value"] = fn(*args)  # type: ignore[operator]

                cost = meter.step(call)  # type: ignore[attr-defined]
                value = box["value"]
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
        entry.update(level_entry(value, float_digits))
        levels.append(entry)
        if "unsupported" in entry:
            break
    return {"status": "ok", "levels": levels, "load_cost": load_cost, **flags}


def _inputs(job: dict) -> dict:  # type: ignore[type-arg]
    """Digests of the generated stress inputs (to check that a generator is deterministic).

    With ``pickle`` set, the inputs themselves, pickled and base64-encoded, for the valgrind
    zygote's task child (zygote.py): made here, natively, they cost a fraction of what making
    them under valgrind did. Only plain built-in data is pickled (pickle looks classes up by
    name, which could find the wrong one); anything else is made under valgrind as before.
    """
    inputs = make_inputs(job)
    if not job.get("pickle"):
        return {"status": "ok", "levels": [{"digest": digest(canonical(a)), "cost": 0} for a in inputs]}
    if not _plain(inputs):
        return {"status": "ok", "pickle": None}
    import base64
    import pickle

    blob = pickle.dumps(inputs, protocol=PICKLE_PROTOCOL)
    return {"status": "ok", "pickle": base64.b64encode(blob).decode("ascii")}


_PLAIN_LEAVES = (type(None), bool, int, float, complex, str, bytes)
_PLAIN_CONTAINERS = (list, tuple, set, frozenset, dict, bytearray)


def _plain(value: object) -> bool:
    """Only exact built-in types (no subclass), at most INPUT_MAX_NODES of them, at any depth."""
    stack, seen = [value], 0
    while stack:
        x = stack.pop()
        seen += 1
        if seen > INPUT_MAX_NODES:
            return False
        kind = type(x)
        if kind in _PLAIN_LEAVES:
            continue
        if kind not in _PLAIN_CONTAINERS:
            return False
        if kind is dict:
            stack.extend(x.keys())  # type: ignore[attr-defined]
            stack.extend(x.values())  # type: ignore[attr-defined]
        elif kind is not bytearray:
            stack.extend(x)  # type: ignore[attr-defined]
    return True


def run(job: dict, result_fd: int) -> None:  # type: ignore[type-arg]
    """Run one forked job (check, inputs, the `time` and `perf` meters) and write its record."""
    allowed: set[int] = set()
    meter: object = None
    clock = cpu_clock()  # bound before candidate code can replace it
    try:
        if job["kind"] == "profile" and job["meter"] == "perf":
            meter = _PerfCounter()
            allowed |= meter.addresses  # type: ignore[attr-defined]
        elif job["kind"] == "profile" and job["meter"] != "time":
            raise RuntimeError(f"meter {job['meter']!r} is not run in a forked worker")
    except (OSError, RuntimeError, AttributeError) as exc:
        emit(result_fd, {"status": "meter-error", "message": str(exc)})
        return
    refused: dict[str, int] = install_guard(allowed) if job.get("guard", True) else {}
    try:
        if job["kind"] == "inputs":
            emit(result_fd, _inputs(job))
            return
        if job["kind"] == "check":
            fn, problem = _load(job)
            record: dict[str, object] = {"status": "error", "message": problem} if problem else _check(fn, job)
        else:
            code, problem = compile_solution(job)
            record = {"status": "error", "message": problem} if problem else _profile(code, job, meter, clock)
    except MemoryError:
        record = {"status": "memory", "message": "MemoryError: the memory limit was reached"}
    except SandboxViolation as exc:
        record = {"status": "error", "message": str(exc)}
    except BaseException as exc:
        record = {"status": "error", "message": _describe(exc)}
    record["refused"] = dict(refused)
    emit(result_fd, record)


def emit(result_fd: int, record: dict) -> None:  # type: ignore[type-arg]
    """Write one JSON line (the record, versioned) to ``result_fd``."""
    record["format"] = FORMAT_VERSION
    data = (json.dumps(record, allow_nan=False) + "\n").encode()
    view = memoryview(data)
    while view:
        written = os.write(result_fd, view)
        view = view[written:]
