"""The valgrind meter's region library (evalperf/_runner/region.c), built once per machine."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
from pathlib import Path

from evalperf.errors import MeterError
from evalperf.paths import RUNNER_DIR, cache_dir

SOURCE = RUNNER_DIR / "region.c"


def region_library() -> Path:
    """Path of the compiled region library, compiling it with the C compiler if needed."""
    source = SOURCE.read_bytes()
    target = cache_dir() / f"region-{hashlib.sha256(source).hexdigest()[:16]}.so"
    if target.is_file():
        return target
    compiler = shutil.which(os.environ.get("CC", "cc")) or shutil.which("gcc")
    if compiler is None:
        raise MeterError(
            "the valgrind meter needs a C compiler once, to build its region library; "
            "install one (Debian/Ubuntu: apt-get install gcc)"
        )
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(f".{os.getpid()}.tmp")
    argv = [compiler, "-shared", "-fPIC", "-O2", "-nostdlib", "-o", str(partial), str(SOURCE)]
    try:
        done = subprocess.run(argv, capture_output=True, text=True, timeout=120, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise MeterError(f"building the valgrind region library failed: {exc}") from exc
    if done.returncode != 0:
        hint = " (install valgrind's headers: apt-get install valgrind)" if "callgrind.h" in done.stderr else ""
        raise MeterError(f"building the valgrind region library failed{hint}: {done.stderr.strip()[:500]}")
    partial.replace(target)
    return target
