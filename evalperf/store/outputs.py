"""Writing outputs safely: check the place before the work, write atomically, leave nothing half done.

``check_writable`` is called before a command spends a model's or the sandbox's time, so a
folder the process cannot write to, or a nearly full disk, stops it at once. ``write_atomic``
writes a temp file beside the target and renames it over the target once complete: a reader
never sees half a file, and a failed write (``ENOSPC``, ``EACCES``) removes its temp file before
the error goes up. Both raise OutputError.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import threading
from pathlib import Path

from evalperf.errors import OutputError

# A run writes a journal, a samples store and a results file of a few MB each (100 samples on
# each of 118 tasks: about 6 MB of journal); below this much free space it would likely die
# half way, after the expensive part, so it is refused up front.
MIN_FREE_BYTES = 64 * 1024 * 1024

_write = os.write  # the one low-level write (tests simulate a full disk here)


def _free_bytes(folder: Path) -> int:
    return shutil.disk_usage(folder).free


def check_writable(path: Path, what: str, *, folder: bool = False) -> None:
    """OutputError unless ``path`` (a file, or with ``folder`` a folder) can be written, with room to spare.

    Creates the missing folders (the output goes there anyway) and writes then removes a probe
    file, since permission bits do not tell (root, read-only mounts, immutable folders).
    """
    where = path if folder else path.parent
    if not folder and path.is_dir():
        raise OutputError(f"{what} {path} is a folder: give a file name")
    try:
        where.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot create the folder {where} for {what}: {exc.strerror or exc}") from exc
    try:
        with tempfile.NamedTemporaryFile(dir=where, prefix=".evalperf-probe-"):
            pass
    except OSError as exc:
        raise OutputError(f"cannot write {what} in {where}: {exc.strerror or exc}") from exc
    free = _free_bytes(where)
    if free < MIN_FREE_BYTES:
        raise OutputError(
            f"only {free / 2**20:.0f} MiB free in {where}, the folder of {what}: evalperf needs at least "
            f"{MIN_FREE_BYTES / 2**20:.0f} MiB to write its journal and results; free some space or write elsewhere"
        )


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = _write(fd, view)
        view = view[written:]


def write_atomic(path: Path, text: str, what: str, *, durable: bool = False) -> Path:
    """Write ``text`` to ``path`` through a temp file renamed over it; OutputError if that fails.

    ``durable``: fsync before the rename (a results file, after which the journal is deleted).
    """
    partial = path.with_name(f".{path.name}.{os.getpid()}-{threading.get_ident()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666)
        try:
            _write_all(fd, text.encode("utf-8"))
            if durable:
                os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(partial, path)
    except BaseException as exc:  # Ctrl-C too: the temp file never outlives the write
        with contextlib.suppress(OSError):
            partial.unlink()
        if isinstance(exc, OSError):
            raise OutputError(f"cannot write {what} to {path}: {exc.strerror or exc}") from exc
        raise
    return path
