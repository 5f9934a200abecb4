"""CPU claims: each worker slot gets a CPU that no other evalperf process on the host is using.

A claim is a non-blocking exclusive ``flock(2)`` on a lock file per CPU in a host-wide
directory (CPU_LOCK_DIR, mode 1777 so the runs of every user meet there). The kernel drops a
flock when its open file is closed, so a claim ends with ``close()`` or with its process,
SIGKILL included: nothing stale is left to clean. Candidates are the CPUs this process may run
on (``os.sched_getaffinity``). When all of them are claimed, the slot shares the CPU with the
fewest claims and the claim says so (``CpuClaim.shared``): the caller warns, because time
measured on a shared CPU is noisier.

Files: ``cpu<N>.<K>.lock``, one per concurrent claim K of CPU N. Claiming holds ``claim.lock``
(briefly, blocking with a deadline) so that two claimers never read each other's probes as claims.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import itertools
import os
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType

CPU_LOCK_DIR = Path("/tmp/evalperf-cpus")
SERIALIZE_TIMEOUT_S = 10.0  # a claimer stuck in the critical section (stopped) delays others at most this
MAX_SHARERS = 4096  # lock files per CPU; more concurrent claims than this only happen in a runaway
_NAME = re.compile(r"cpu(\d+)\.(\d+)\.lock")
_UNCOORDINATED = itertools.count()


@dataclass
class CpuClaim:
    """A CPU held for one worker slot until ``close()`` (or until this process ends)."""

    cpu: int
    shared: bool  # other claims (of this or another process) hold the same CPU
    note: str = ""  # why the claim is not coordinated with other runs, when it is not
    _fd: int | None = field(default=None, repr=False)

    def close(self) -> None:
        """Release the CPU; safe to call twice."""
        if self._fd is not None:
            os.close(self._fd)  # closing the only descriptor of the open file drops the flock
            self._fd = None

    def __enter__(self) -> CpuClaim:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def allowed_cpus() -> list[int]:
    """The CPUs this process may run on (its affinity mask, which cgroups and taskset narrow)."""
    return sorted(os.sched_getaffinity(0))


def claim_cpu(directory: Path | None = None, cpus: list[int] | None = None) -> CpuClaim:
    """Claim the least claimed CPU among ``cpus`` (default: allowed_cpus()), a free one if any.

    ``directory``: where the lock files live (default CPU_LOCK_DIR; tests pass their own). When
    it cannot be used, the claim is uncoordinated: ``shared`` is set and ``note`` says why.
    """
    candidates = sorted(set(cpus)) if cpus is not None else allowed_cpus()
    if not candidates:
        candidates = [0]
    directory = directory if directory is not None else CPU_LOCK_DIR
    try:
        _ensure_directory(directory)
        with _serialized(directory):
            return _claim(directory, candidates)
    except OSError as exc:
        # uncoordinated: at least this process's workers spread over the candidates
        cpu = candidates[next(_UNCOORDINATED) % len(candidates)]
        return CpuClaim(cpu, shared=True, note=f"CPU claims are not coordinated with other runs ({directory}: {exc})")


def _claim(directory: Path, candidates: list[int]) -> CpuClaim:
    files: dict[int, list[int]] = {cpu: [] for cpu in candidates}
    for entry in os.listdir(directory):
        match = _NAME.fullmatch(entry)
        if match and int(match[1]) in files:
            files[int(match[1])].append(int(match[2]))
    counts = {cpu: sum(_held(directory / _name(cpu, k)) for k in files[cpu]) for cpu in candidates}
    for cpu in sorted(candidates, key=lambda c: (counts[c], c)):
        for k in range(MAX_SHARERS):
            fd = _try_lock(directory / _name(cpu, k))
            if fd is not None:
                return CpuClaim(cpu, shared=counts[cpu] > 0, _fd=fd)
    raise OSError(errno.EAGAIN, "every CPU lock file is held")


def _name(cpu: int, k: int) -> str:
    return f"cpu{cpu}.{k}.lock"


def _ensure_directory(directory: Path) -> None:
    try:
        directory.mkdir(parents=True)
    except FileExistsError:
        return
    # shared by every user's runs; sticky, so nobody removes another user's lock files
    os.chmod(directory, 0o1777)


def _open(path: Path) -> int:
    # Lock files stay once created; an existing one is opened without O_CREAT, which a
    # world-writable sticky directory refuses for another user's file (fs.protected_regular).
    flags = os.O_RDONLY | os.O_CLOEXEC | os.O_NOFOLLOW
    try:
        return os.open(path, flags)
    except FileNotFoundError:
        pass
    try:
        fd = os.open(path, flags | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        return os.open(path, flags)
    try:
        os.fchmod(fd, 0o644)  # readable by other users whatever the umask: flock needs only a read open
    except OSError:
        os.close(fd)
        raise
    return fd


def _try_lock(path: Path) -> int | None:
    """An open descriptor holding ``path``'s exclusive flock, or None when someone holds it."""
    try:
        fd = _open(path)
    except PermissionError:
        return None  # a file we may not open counts as held
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        return None
    except OSError:
        os.close(fd)
        raise
    return fd


def _held(path: Path) -> bool:
    fd = _try_lock(path)
    if fd is None:
        return True
    os.close(fd)
    return False


@contextlib.contextmanager
def _serialized(directory: Path) -> Iterator[None]:
    fd = _open(directory / "claim.lock")
    try:
        deadline = time.monotonic() + SERIALIZE_TIMEOUT_S
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    break  # go on unserialized: at worst two claims land on one CPU
                time.sleep(0.01)
        yield
    finally:
        os.close(fd)


def claim_warnings(claims: list[CpuClaim]) -> list[str]:
    """What a sandbox says about its claims: CPUs shared with other runs or workers, and why."""
    said = sorted({claim.note for claim in claims if claim.note})
    shared = sum(claim.shared for claim in claims)
    if shared:
        # no CPU numbers here (describe() has them): the same situation reads the same in every run
        said.append(
            f"{shared} of {len(claims)} worker(s) share their CPU with another evalperf run or worker: "
            "times measured there are noisier; use fewer workers or run alone"
        )
    return said
