"""The valgrind zygote: one warm Python under callgrind that forks a child per measurement.

Started once per worker by the supervisor (zygote_host.py) as
``valgrind --tool=callgrind --collect-atstart=no ... python -s -S zygote.py REGION EVENT_FD RESULT_FD``
so valgrind's and CPython's start-up are paid once, not per job. Three levels of processes:

* the **zygote** imports everything a job needs (the worker, ctypes and the region helper, the
  modules solutions commonly import), then waits for ``T``: it forks a task child and waits
  for it to end. It is never handed a task or candidate code.
* a **task child** reads its task (generator, levels, float digits) after the fork, and its
  stress inputs, made once by the supervisor outside valgrind and pickled (plain data only;
  otherwise the task child runs the generator itself, with collection off), and drops the
  task's description, so only the inputs stay. For each ``S`` it forks a sample child and reports its pid, then its end.
* a **sample child** reads its job (solution, entry point) after the fork, closes the command
  and event pipes, and runs its measured steps: the module's execution, then one call per
  level, each in its own callgrind dump (collection toggled around exactly the step). Between
  steps, with collection off, it digests the step's output and writes one JSON line to the
  result pipe. Nothing of the candidate's runs between steps: outputs are read through the
  built-in types' slots only, kept alive (no finaliser runs), the collector is off, and a
  step that leaves a thread running fails the sample.

Every fork happens from the same state (fixed-width messages, nothing allocated that depends on
a job), so a count does not depend on how many jobs ran before it. Standard library only.
"""

from __future__ import annotations

import _thread
import gc
import json
import os
import pickle
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import worker  # noqa: E402  (sits next to this file)

CMD_FD = 0
EVENT_FD = 3
RESULT_FD = 4
_CPU_CLOCK = time.process_time_ns
WARM_FORKS = 2  # dummy forks before the first real one (see _fork_loop)
FRAME_HEADER = 12  # b"%011d\n": the byte length of the JSON that follows
# Imported once by the zygote: a solution's `import heapq` then costs a dictionary lookup,
# whatever the solution; `socket` among them so importing it does not reshape the heap.
WARM_MODULES = (
    "array",
    "bisect",
    "collections",
    "copy",
    "dataclasses",
    "decimal",
    "enum",
    "fractions",
    "functools",
    "hashlib",
    "heapq",
    "itertools",
    "math",
    "operator",
    "random",
    "re",
    "socket",
    "statistics",
    "string",
    "threading",
    "typing",
)


def read_exact(fd: int, size: int) -> bytearray:
    """Exactly ``size`` bytes from ``fd`` (empty at end of stream), read into one buffer.

    However the pipe splits the data (a frame over 4 KiB may arrive in pieces, depending on
    timing), this allocates the same objects: a list of pieces would leave a heap that depends
    on the timing, and the heap is state the count depends on.
    """
    buffer = bytearray(size)
    view = memoryview(buffer)
    got = 0
    while got < size:
        count = os.readv(fd, [view[got:]])
        if not count:
            view.release()
            return bytearray()
        got += count
    view.release()
    return buffer


def read_frame(fd: int) -> dict:  # type: ignore[type-arg]
    """One length-prefixed JSON object (see read_exact)."""
    header = read_exact(fd, FRAME_HEADER)
    if len(header) != FRAME_HEADER:
        raise EOFError("the supervisor closed the command pipe")
    return json.loads(read_exact(fd, int(header)))  # type: ignore[no-any-return]


def send(fd: int, data: bytes) -> None:
    """Write all of ``data``."""
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _alone() -> bool:
    """No thread but this one can run Python code any more (a joined thread has left the count).

    Checked right after a step without waiting or releasing the GIL, so a thread the solution
    left running cannot work between steps, where nothing is counted.
    """
    return _thread._count() == 0


def sample_child(region: worker.ValgrindRegion, inputs: list, float_digits: int | None) -> None:  # type: ignore[type-arg]
    """Measure one solution on the task's inputs and exit (see the module docstring)."""
    os.setpgid(0, 0)
    job = read_frame(CMD_FD)
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, CMD_FD)
    os.close(null)
    os.close(EVENT_FD)
    sys.setrecursionlimit(int(job.get("recursion_limit", 10_000)))
    refused = worker.install_guard({region.address}) if job.get("guard", True) else {}  # type: ignore[arg-type]
    code, problem = worker.compile_solution(job)
    if problem is not None:
        _finish({"status": "error", "message": problem, "refused": refused})
    entry_point = job["entry_point"]
    del job
    box: dict[str, object] = {}
    kept: list[object] = []  # every output stays alive until exit: no finaliser runs unmeasured

    def load() -> None:
        try:
            box["fn"], box["problem"] = worker.execute_solution(code, entry_point)
        except MemoryError:
            box["fn"], box["problem"] = None, "MemoryError: the memory limit was reached"
        gc.collect()

    region.step(load)
    gc.disable()
    worker.emit(RESULT_FD, {"step": "load"})
    if box["problem"] is not None:
        _finish({"status": "error", "message": box["problem"], "refused": refused})
    fn = box.pop("fn")
    if not _alone():
        _finish({"status": "error", "message": "threads still ran after the module's code", "refused": refused})
    gc.freeze()  # the module's objects: a call's collection does not walk them again
    for index in range(len(inputs)):
        args = inputs[index]

        def call(args=args) -> None:  # type: ignore[no-untyped-def]
            gc.enable()
            try:
                box["value"] = fn(*args)  # type: ignore[operator]
            except MemoryError:
                box["raised"] = "MemoryError: the memory limit was reached"
            except worker.SandboxViolation as exc:
                box["violation"] = str(exc)
            except BaseException as exc:  # reported; later levels are not run
                box["raised"] = worker._describe(exc)
            gc.collect()
            gc.disable()

        region.step(call)
        if "violation" in box or "raised" in box:
            entry = {k: box[k] for k in ("violation", "raised") if k in box}
            worker.emit(RESULT_FD, {"step": "level", "index": index, **entry})
            break
        if not _alone():
            worker.emit(RESULT_FD, {"step": "level", "index": index, "raised": "threads still ran after the call"})
            break
        value = box.pop("value")
        kept.append(value)
        entry = worker.level_entry(value, float_digits)
        worker.emit(RESULT_FD, {"step": "level", "index": index, **entry})
        if "unsupported" in entry:
            break
        gc.freeze()
    _finish({"status": "ok", "refused": refused})


def _finish(record: dict) -> None:  # type: ignore[type-arg]
    record["step"] = "end"
    # the process's own CPU time (valgrind's included), read here rather than from a rusage in
    # the task child (see _fork_one); a sample could forge it, but only references' CPU times
    # set anything (the cost cap)
    record["cpu_ns"] = _CPU_CLOCK()
    record["refused"] = dict(record.get("refused") or {})
    worker.emit(RESULT_FD, record)
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        pass
    os._exit(0)


def _task_inputs() -> tuple[list, int | None, str | None]:  # type: ignore[type-arg]
    """Read the task and make its inputs; the task's description dies with this frame."""
    spec = read_frame(CMD_FD)
    sys.setrecursionlimit(int(spec.get("recursion_limit", 10_000)))
    pickled = int(spec.get("pickled", 0))
    try:
        if pickled:  # made natively by the supervisor (plain data only): far cheaper than here
            blob = read_exact(CMD_FD, pickled)
            if len(blob) != pickled:
                raise EOFError("the supervisor closed the command pipe")
            inputs = pickle.loads(blob)
            del blob
            return inputs, spec.get("float_digits"), None
        return worker.make_inputs(spec), spec.get("float_digits"), None
    except BaseException as exc:
        return [], None, f"the stress-input generator failed: {worker._describe(exc)}"


def task_child(region: worker.ValgrindRegion) -> None:
    """Make the task's inputs once, then fork one sample child per ``S`` command."""
    inputs, float_digits, problem = _task_inputs()
    gc.collect()
    gc.freeze()
    if problem is not None:
        send(EVENT_FD, (json.dumps({"inputs": problem}) + "\n").encode())
        os._exit(0)
    send(EVENT_FD, b"inputs ok\n")
    _fork_loop(b"S\n", lambda: sample_child(region, inputs, float_digits), b"g")
    os._exit(0)


def _fork_loop(command: bytes, child, tag: bytes) -> None:  # type: ignore[no-untyped-def]
    """Fork ``child`` for every ``command``; report each child's pid, then how it ended.

    Every iteration allocates the same objects (fixed-width messages), and WARM_FORKS dummy
    iterations run first, so every real fork happens from the same interpreter state: the
    first job of a fresh worker counts exactly what the fiftieth does. The parent's state after
    a fork has a period of two forks (seen: a sample's count alternated by 15 instructions in
    1.3 million, from one sample to the next), so a dummy fork precedes every real one: each
    real fork then happens at the same phase.
    """
    null = os.open(os.devnull, os.O_WRONLY)
    for _ in range(WARM_FORKS):
        _fork_one(_exit_at_once, tag, null)
    while True:
        if read_exact(CMD_FD, 2) != command:
            return
        _fork_one(_exit_at_once, tag, null)
        _fork_one(child, tag, EVENT_FD)


def _exit_at_once() -> None:
    os._exit(0)


def _fork_one(child, tag: bytes, event_fd: int) -> None:  # type: ignore[no-untyped-def]
    pid = os.fork()
    if pid == 0:
        try:
            child()
        finally:
            os._exit(70)
    send(event_fd, b"%spid %010d\n" % (tag, pid))
    # waitpid, not wait4: the rusage it returns holds floats, whose free list then differed from
    # one sample to the next (a count alternated by 2.5 million instructions in 85 million)
    _, status = os.waitpid(pid, 0)
    send(event_fd, b"%sexit %010d\n" % (tag, status & 0xFFFF))


def _set_non_dumpable() -> None:
    """PR_SET_DUMPABLE 0 (inherited by every fork): a sample cannot open the zygote's or the task
    child's /proc entries (their pipes, their memory), though they run as the same user."""
    try:
        import ctypes

        ctypes.CDLL(None).prctl(4, 0, 0, 0, 0)
    except (OSError, AttributeError):
        pass


def main() -> None:
    """zygote.py REGION_LIBRARY EVENT_FD RESULT_FD (the fds at a fixed width, moved to 3 and 4)."""
    library, event_fd, result_fd = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    _set_non_dumpable()
    for source, target in ((event_fd, EVENT_FD), (result_fd, RESULT_FD)):
        if source != target:
            os.dup2(source, target)
            os.close(source)
    try:
        region = worker.ValgrindRegion(library)
    except (OSError, RuntimeError, AttributeError) as exc:
        send(EVENT_FD, (json.dumps({"meter-error": str(exc)}) + "\n").encode())
        os._exit(0)
    for name in WARM_MODULES:
        __import__(name)
    gc.collect()
    gc.freeze()
    send(EVENT_FD, b"zygote ready\n")
    _fork_loop(b"T\n", lambda: task_child(region), b"t")
    os._exit(0)


if __name__ == "__main__":
    main()
