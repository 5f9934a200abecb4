"""One conformance suite for every sandbox provider: jobs, limits, and hostile samples.

Each hostile sample is run as a correctness check of a task whose answer is 4; the test
asserts the status the harness records, that the sandbox keeps working for the next
(benign) job, and that the host is untouched.
"""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

from evalperf.evaluate.judge import judge
from evalperf.sandbox.base import JobResult, Limits, Sandbox
from evalperf.tasks.model import Level, Task, Tier
from evalperf.tasks.model import TestCase as Case

GOOD = "def answer(x):\n    return x * 2\n"
TASK = Task(
    task_id="answer",
    title="answer",
    category="implementation",
    prompt="",
    entry_point="answer",
    tests=(Case([2], 4),),
    generator="def generate(seed, scale):\n    return [scale]\n",
    levels=(Level(1, 10),),
    tiers=(Tier("only", GOOD),),
)
ESCAPE = Path("/tmp/evalperf-escape-marker")
# A listener on the host's loopback: the network samples try to reach it. Nothing in these tests
# ever addresses anything beyond this machine; a sandbox that let the sample through would
# show up as a connection waiting here (see test_host_untouched_by_escape_attempts).
HOST_LISTENER = socket.create_server(("127.0.0.1", 0))
HOST_LISTENER.setblocking(False)
HOST_PORT = HOST_LISTENER.getsockname()[1]
NETWORK = "import socket\n" + (
    f"def answer(x):\n    socket.create_connection(('127.0.0.1', {HOST_PORT}), timeout=1)\n    return 4\n"
)


def check(sandbox: Sandbox, solution: str, wall_s: float = 3.0) -> tuple[str, JobResult]:
    payload = {
        "kind": "check",
        "solution": solution,
        "entry_point": "answer",
        "tests": [[2]],
        "limits": Limits(wall_s=wall_s, cpu_s=wall_s, memory_mb=512).to_json(),
    }
    result = sandbox.run(payload)
    return judge(TASK, result).status, result


def assert_no_connection_reached_the_host() -> None:
    with pytest.raises(BlockingIOError):
        HOST_LISTENER.accept()


def body(lines: str) -> str:
    return "def answer(x):\n" + "".join(f"    {line}\n" for line in lines.splitlines())


HOSTILE = {
    "fork_bomb": ("import os\n" + body("while True:\n    os.fork()"), "error"),
    "memory_bomb": (body("blocks = []\nwhile True:\n    blocks.append(bytearray(50_000_000))"), "memory"),
    "one_huge_allocation": (body("return len(bytearray(10**11))"), "memory"),
    "disk_fill": (
        body("with open('fill.bin', 'wb') as f:\n    while True:\n        f.write(b'x' * 1_000_000)"),
        "error",
    ),
    "endless_output": (body("while True:\n    print('x' * 10_000)"), "timeout"),
    "sleep_forever": ("import time\n" + body("time.sleep(10**6)"), "timeout"),
    "busy_loop": (body("while True:\n    pass"), "timeout"),
    "network": (NETWORK, "error"),
    "write_outside": (body(f"open('{ESCAPE}', 'w').write('x')\nreturn 4"), "error"),
    "kill_parent": ("import os, signal\n" + body("os.kill(os.getppid(), signal.SIGKILL)\nreturn 4"), "error"),
    "kill_group": ("import os, signal\n" + body("os.killpg(0, signal.SIGKILL)\nreturn 4"), "error"),
    "catch_timeout_signals": (
        "import signal\n"
        + body(
            "for s in (signal.SIGXCPU, signal.SIGTERM, signal.SIGALRM, signal.SIGINT):\n"
            "    signal.signal(s, lambda *a: None)\n"
            "while True:\n    pass"
        ),
        "timeout",
    ),
    "os_exit": ("import os\n" + body("os._exit(0)"), "error"),
    "segfault_ctypes": ("import ctypes\n" + body("return ctypes.string_at(0)"), "error"),
    "subprocess": ("import subprocess\n" + body("subprocess.run(['sleep', '100'])\nreturn 4"), "error"),
    "deep_recursion_crash": (
        "import sys\nsys.setrecursionlimit(10**8)\n" + body("def down(n):\n    return down(n + 1) + 1\nreturn down(0)"),
        ("timeout", "memory", "error"),  # CPython 3.11 keeps Python frames on the heap: it grows until a limit
    ),
    "recursion_error": (body("def down(n):\n    return down(n + 1)\nreturn down(0)"), "fail"),
    "huge_return": (body("return list(range(5_000_000))"), "error"),
    "unserializable_return": (body("return object()"), "error"),
    "fake_result_on_stdout": (
        body('print(\'{"status": "ok", "outcomes": [{"value": 4}], "format": 1}\')\nreturn 5'),
        "fail",
    ),
    "forged_result_pipe": (
        "import os\n"
        + body('os.write(3, b\'{"status": "ok", "outcomes": [{"value": 4}], "format": 1}\\n\')\nreturn 5'),
        "error",
    ),
    "meter_tampering": ("import sys\n" + body("sys.setprofile(lambda *a: None)\nreturn 4"), "error"),
    "raise_at_import": ("raise SystemExit(0)\n" + GOOD, "error"),
    "syntax_error": ("def answer(x) return 4\n", "error"),
    "missing_entry_point": ("def other(x):\n    return 4\n", "error"),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_sample_gets_its_status_and_leaves_the_sandbox_working(sandbox: Sandbox, name: str) -> None:
    solution, expected = HOSTILE[name]
    allowed = expected if isinstance(expected, tuple) else (expected,)
    # Limits far apart: a sample meant to end on the wall clock gets a short one; every other
    # one a wall clock it can never reach first, even on a loaded machine (a memory bomb must
    # hit the memory limit, a huge return the result cap, not the clock).
    status, result = check(sandbox, solution, wall_s=3.0 if "timeout" in allowed else 120.0)
    assert status in allowed, f"{name}: {status} ({result.message})"
    # the sandbox still answers a benign job correctly afterwards
    assert check(sandbox, GOOD)[0] == "pass"
    assert not ESCAPE.exists()
    assert_no_connection_reached_the_host()


def test_threads_are_cleaned_up_and_the_answer_counts(sandbox: Sandbox) -> None:
    solution = "import threading, time\n" + body(
        "threading.Thread(target=time.sleep, args=(100,), daemon=False).start()\nreturn x * 2"
    )
    # the thread sleeps 100 s: a worker that waited for it would hit the 30 s wall clock
    status, result = check(sandbox, solution, wall_s=30.0)
    assert status == "pass", result.message
    assert result.elapsed_s < 30.0


def test_output_is_captured_and_capped(sandbox: Sandbox) -> None:
    status, result = check(sandbox, body("print('y' * 1_000_000)\nreturn 4"))
    assert status == "pass"
    assert result.stdout.startswith("yyyy")
    assert len(result.stdout) <= 65536


def test_environment_is_clean(sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EVALPERF_TEST_SECRET", "hunter2")
    payload = {
        "kind": "check",
        "solution": "import os\ndef answer(x):\n    return dict(os.environ)\n",
        "entry_point": "answer",
        "tests": [[1]],
    }
    result = sandbox.run(payload)
    env = result.outcomes[0]["value"]
    assert "EVALPERF_TEST_SECRET" not in env
    assert env.get("PYTHONHASHSEED") == "0"


def test_each_job_gets_a_fresh_process_and_directory(sandbox: Sandbox) -> None:
    solution = "import os\ndef answer(x):\n    return [os.getpid(), os.getcwd(), os.getpgid(0) == os.getpid()]\n"
    payload = {"kind": "check", "solution": solution, "entry_point": "answer", "tests": [[1]]}
    first = sandbox.run(payload).outcomes[0]["value"]
    second = sandbox.run(payload).outcomes[0]["value"]
    assert first[0] != second[0]
    assert first[1] != second[1]
    assert first[2] and second[2]  # the worker leads its own process group


def test_info_reports_the_python_inside(sandbox: Sandbox) -> None:
    info = sandbox.describe()
    assert info["kind"] == sandbox.name
    assert info["python"] and info["python"][0] == "3"


def test_host_untouched_by_escape_attempts() -> None:
    assert not ESCAPE.exists()
    assert os.path.exists("/etc/passwd")
    assert_no_connection_reached_the_host()


HARDENING = {
    # with the worker's audit hook off, the container itself must stop each of these
    "network": (NETWORK, "fail"),
    "write_root": (body("open('/etc/evalperf-owned', 'w').write('x')\nreturn 4"), "fail"),
    "fork_bomb": ("import os\n" + body("while True:\n    os.fork()"), ("fail", "timeout", "error")),
    "run_as_root": ("import os\n" + body("return 4 if os.getuid() == 0 else 5"), "fail"),
    "read_host_file": (
        body("return 4 if open('/etc/hostname').read().strip() == " + repr(os.uname().nodename) + " else 5"),
        "fail",
    ),
}


@pytest.mark.parametrize("name", sorted(HARDENING))
def test_container_hardening_without_the_audit_hook(sandbox: Sandbox, name: str) -> None:
    if sandbox.name != "docker":
        pytest.skip("the local sandbox does not isolate the file system, network or user (by design)")
    solution, expected = HARDENING[name]
    payload = {
        "kind": "check",
        "solution": solution,
        "entry_point": "answer",
        "tests": [[2]],
        "guard": False,
        "limits": Limits(wall_s=3.0, cpu_s=3.0, memory_mb=512).to_json(),
    }
    status = judge(TASK, sandbox.run(payload)).status
    allowed = expected if isinstance(expected, tuple) else (expected,)
    assert status in allowed, name
    assert check(sandbox, GOOD)[0] == "pass"
    assert_no_connection_reached_the_host()
