"""The Docker sandbox: a warm pool of hardened containers, one per worker.

Each container runs the supervisor (evalperf/_runner/supervisor.py) as its main process;
the harness talks to it over the container's attached stdin/stdout, and the supervisor
runs every job in a fresh process inside. The containers have no network, a read-only
root with a small tmpfs, no capabilities, no-new-privileges, pids / memory / CPU limits,
a uid of its own and a CPU of its own. The uid is drawn at random from a range no account
uses: RLIMIT_NPROC, which the supervisor sets, counts the threads of a uid across the whole
host, so a shared uid let one sample's threads stop another container's sample. The CPU is
claimed host-wide (evalperf.sandbox.cpus), so concurrent evalperf runs do not pile onto the
same CPUs. A container whose job hit a limit, or whose channel broke, is replaced (same uid
and CPU). All carry the label ``org.evalperf.sandbox`` and their owner's identity
(evalperf.sandbox.owners) and are removed on close; they also remove themselves when the
harness dies, because the supervisor exits when its stdin closes (``stdin_once``) and the
containers are ``auto_remove``. A container created but not yet started when the harness dies
would stay behind: a reaper process (evalperf.sandbox.reaper), which outlives the harness,
removes the session's containers then.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import socket
import struct
import subprocess
import sys
import threading
import uuid
from typing import Any

import docker
import docker.errors

from evalperf.errors import ImageError, SandboxError
from evalperf.sandbox.base import JobResult, Sandbox, SandboxSettings
from evalperf.sandbox.channel import ChannelBroken, LineChannel, run_job
from evalperf.sandbox.cpus import CpuClaim, claim_cpu, claim_warnings
from evalperf.sandbox.image import REGION_SO_PATH, RUNNER_PATH, connect, find_image, image_tag
from evalperf.sandbox.owners import (
    LABEL,
    LABEL_CPU,
    LABEL_OWNER,
    LABEL_SESSION,
    LABEL_UID,
    Cleanup,
    clean_containers,
    owner_labels,
)
from evalperf.sandbox.pinning import pin_environment
from evalperf.sandbox.registry import register

__all__ = ["LABEL", "LABEL_OWNER", "LABEL_SESSION", "Cleanup", "DockerSandbox", "clean_containers", "docker_ready"]

START_TIMEOUT_S = 60.0
TMPFS_SIZE = "256m"
SUPERVISOR_OVERHEAD_MB = 256  # the container's memory limit is the job's plus this
# Above the supervisor's RLIMIT_NPROC (Limits.nproc, 256 by default, now per container since
# each has its own uid): room for a sample's 64+ threads, the supervisor, valgrind and their
# helpers, while a fork bomb still meets a wall.
PIDS_LIMIT = 512
REPLACE_AFTER = frozenset({"timeout", "memory"})
# Container uids (gid the same): far above any account, below 2**31 - 1 (nobody's 65534 is lower).
# Under a user namespace (userns-remap, rootless) only the 65536 mapped ids exist.
UID_RANGE = (200_000, 2**31 - 2)
UID_RANGE_REMAPPED = (20_000, 65_534)


def docker_ready() -> str | None:
    """None when the Docker sandbox can run here, else what is missing and how to fix it."""
    try:
        client = connect(timeout_s=10)
    except ImageError as exc:
        return str(exc)
    try:
        if find_image(client) is None:
            return f"the sandbox image {image_tag()} is not built; build it with `evalperf sandbox build`"
    except ImageError as exc:
        return str(exc)
    return None


class _SocketChannel(LineChannel):
    """A LineChannel over Docker's attach socket, whose output comes in 8-byte-header frames."""

    def __init__(self, sock: socket.socket) -> None:
        self._sock = sock
        self._frames = bytearray()
        super().__init__(sock.fileno(), sock.fileno())

    def _write(self, data: bytes) -> None:
        try:
            self._sock.sendall(data)
        except OSError as exc:
            raise ChannelBroken(f"the container stopped reading jobs: {exc}") from exc

    def _read_chunk(self) -> bytes | None:
        # The payload of the complete frames received so far (only stdout is attached).
        chunk = self._sock.recv(1 << 16)
        if not chunk:
            return b""
        self._frames += chunk
        return self._take_frames() or None

    def _take_frames(self) -> bytes:
        out = bytearray()
        while len(self._frames) >= 8:
            size = struct.unpack(">I", self._frames[4:8])[0]
            if len(self._frames) < 8 + size:
                break
            if self._frames[0] in (1, 2):  # stdout (stderr is not attached)
                out += self._frames[8 : 8 + size]
            del self._frames[: 8 + size]
        return bytes(out)


def pick_uids(client: Any, count: int) -> list[int]:
    """``count`` distinct random uids for new containers, avoiding those of live evalperf containers."""
    try:
        options = " ".join(client.info().get("SecurityOptions") or [])
        listed = client.containers.list(all=True, sparse=True, filters={"label": LABEL_UID})
    except (docker.errors.DockerException, OSError) as exc:
        raise SandboxError(f"cannot query the Docker engine: {exc}") from exc
    low, high = UID_RANGE_REMAPPED if "name=userns" in options or "name=rootless" in options else UID_RANGE
    taken = set()
    for container in listed:
        value = (container.attrs.get("Labels") or {}).get(LABEL_UID, "")
        if value.partition(":")[0].isdigit():
            taken.add(int(value.partition(":")[0]))
    uids: list[int] = []
    while len(uids) < count:
        uid = low + secrets.randbelow(high - low)
        if uid not in taken:
            taken.add(uid)
            uids.append(uid)
    return uids


class _Container:
    """One warm container and its channel, run as ``uid`` (gid the same) on CPU ``cpu``."""

    def __init__(self, client: Any, image: str, settings: SandboxSettings, session: str, uid: int, cpu: int) -> None:
        self.client = client
        self.image = image
        self.settings = settings
        self.session = session
        self.uid = uid
        self.cpu = cpu
        self.container: Any = None
        self.sock: socket.socket | None = None
        # docker-py's end of the attach connection, kept referenced until remove(): released,
        # its HTTP response may hand the connection back to the client's pool or close it
        self._attach: Any = None
        self.channel: LineChannel | None = None
        self._owner = threading.Lock()  # held while remove() or interrupt() take over the socket, container

    def start(self) -> None:
        limits = self.settings.limits
        user = f"{self.uid}:{self.uid}"
        try:
            api = self.client.api
            memory = f"{limits.memory_mb + SUPERVISOR_OVERHEAD_MB}m"
            host_config = api.create_host_config(
                network_mode="none",
                read_only=True,
                tmpfs={"/tmp": f"rw,nosuid,nodev,size={TMPFS_SIZE},mode=1777"},
                cap_drop=["ALL"],
                security_opt=["no-new-privileges"],
                pids_limit=PIDS_LIMIT,
                mem_limit=memory,
                memswap_limit=memory,
                nano_cpus=1_000_000_000,
                cpuset_cpus=str(self.cpu),
                auto_remove=True,
            )
            created = api.create_container(
                self.image,
                command=["python3", "-s", f"{RUNNER_PATH}/supervisor.py"],
                stdin_open=True,  # with detach=False this also sets StdinOnce
                tty=False,
                # not the image's user: a uid of its own, absent from /etc/passwd (the image's
                # files are root's and world-readable; /tmp is a mode-1777 tmpfs)
                user=user,
                environment={
                    "PYTHONHASHSEED": "0",
                    "LANG": "C.UTF-8",
                    "HOME": "/nonexistent",
                    **pin_environment(self.settings.cpu_pin),
                },
                labels={
                    LABEL: "1",
                    LABEL_SESSION: self.session,
                    **owner_labels(),
                    LABEL_UID: user,
                    LABEL_CPU: str(self.cpu),
                },
                network_disabled=True,
                host_config=host_config,
            )
            self.container = self.client.containers.get(created["Id"])
            raw = self.client.api.attach_socket(self.container.id, params={"stdin": 1, "stdout": 1, "stream": 1})
            self._attach = raw
            # a descriptor of our own: whatever docker-py or urllib3 later does with its socket
            # object (closing it, garbage-collecting it), this channel's descriptor stays open
            self.sock = socket.socket(fileno=os.dup(raw._sock.fileno()))
            self.container.start()
        except (docker.errors.DockerException, OSError) as exc:
            self.remove()
            raise SandboxError(f"cannot start a sandbox container from {self.image}: {exc}") from exc
        assert self.sock is not None
        self.channel = _SocketChannel(self.sock)
        try:
            self.channel.wait_ready(START_TIMEOUT_S)
        except ChannelBroken as exc:
            logs = self._logs()
            self.remove()
            raise SandboxError(f"the sandbox container did not start: {exc} {logs}".strip()) from exc

    def _logs(self) -> str:
        try:
            return str(self.container.logs(stdout=False, stderr=True, tail=20).decode("utf-8", "replace"))
        except (docker.errors.DockerException, OSError, AttributeError):
            return ""

    def remove(self) -> None:
        """Close the channel and remove the container; only the thread holding the slot's lock closes."""
        with self._owner:
            sock, self.sock = self.sock, None
            attach, self._attach = self._attach, None
            container, self.container = self.container, None
            self.channel = None
        for end in (sock, attach, getattr(attach, "_sock", None)):
            if end is not None:
                with contextlib.suppress(OSError):
                    end.close()
        self._remove_container(container)

    def interrupt(self) -> None:
        """Stop the job running here from another thread: wake its reader and remove the container.

        The socket is shut down, not closed: its descriptor stays the reader's until the job's
        thread closes it (remove()), so a descriptor number reused meanwhile is never read.
        """
        with self._owner:
            sock = self.sock
            container, self.container = self.container, None
        if sock is not None:
            try:
                sock.shutdown(socket.SHUT_RDWR)  # the reader sees end-of-file at once
            except OSError:
                pass
        self._remove_container(container)

    @staticmethod
    def _remove_container(container: Any) -> None:
        if container is None:
            return
        try:
            container.remove(force=True)
        except docker.errors.NotFound:
            pass
        except docker.errors.APIError as exc:
            if "already in progress" not in str(exc):
                raise SandboxError(f"cannot remove container {container.id[:12]}: {exc}") from exc


@register("docker")
class DockerSandbox(Sandbox):
    """Hardened warm containers, one per worker."""

    name = "docker"

    def __init__(self, settings: SandboxSettings) -> None:
        super().__init__(settings)
        self._session = uuid.uuid4().hex[:12]
        self._client: Any = None
        self._image: Any = None
        self._slots: list[_Container] = []
        self._claims: list[CpuClaim] = []
        self._locks = [threading.Lock() for _ in range(max(1, settings.workers))]
        self._info: dict[str, Any] = {}
        self._reaper: subprocess.Popen[bytes] | None = None
        self._closed = False
        self.replaced = 0

    def start(self) -> None:
        self._closed = False
        self._client = connect()
        self._image = find_image(self._client)
        if self._image is None:
            raise ImageError(f"the sandbox image {image_tag()} is not built; build it with `evalperf sandbox build`")
        self._start_reaper()
        try:
            count = max(1, self.settings.workers)
            uids = pick_uids(self._client, count)
            for _ in range(count):
                self._claims.append(claim_cpu(self.settings.cpu_lock_dir))
            self._slots = [
                _Container(self._client, self._image.id, self.settings, self._session, uid, claim.cpu)
                for uid, claim in zip(uids, self._claims)
            ]
            for slot in self._slots:
                slot.start()
            self._info = self.run({"kind": "info"}).info
        except BaseException:
            self.close()
            raise

    def _start_reaper(self) -> None:
        # Its stdin is the read end of a pipe whose write end only this process holds.
        try:
            self._reaper = subprocess.Popen(
                [sys.executable, "-m", "evalperf.sandbox.reaper", self._session],
                stdin=subprocess.PIPE,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                start_new_session=True,
            )
        except OSError as exc:
            raise SandboxError(f"cannot start the container reaper: {exc}") from exc

    def close(self) -> None:
        # A slot running a job (an interrupted run) is interrupted, not waited for; its job's
        # thread then sees _closed and removes the rest (see run()).
        self._closed = True
        for slot, lock in zip(self._slots, self._locks):
            idle = lock.acquire(blocking=False)
            try:
                slot.remove() if idle else slot.interrupt()
            except SandboxError:
                pass
            finally:
                if idle:
                    lock.release()
        for claim in self._claims:
            claim.close()
        self._claims = []
        if self._reaper is not None:
            assert self._reaper.stdin is not None
            self._reaper.stdin.close()  # the reaper finds nothing left and exits
            try:
                self._reaper.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self._reaper.kill()
            self._reaper = None

    def run(self, payload: dict[str, Any], worker: int = 0) -> JobResult:
        slot = self._slots[worker]
        timeout = self.host_timeout(payload)
        with self._locks[worker]:
            try:
                return self._run(slot, payload, timeout)
            finally:
                if self._closed:  # closed while this job ran: close() left the rest to this thread
                    try:
                        slot.remove()
                    except SandboxError:
                        pass

    def _run(self, slot: _Container, payload: dict[str, Any], timeout: float) -> JobResult:
        if slot.channel is None:
            if self._closed:
                raise SandboxError("the Docker sandbox is closed")
            slot.start()
        assert slot.channel is not None
        result = run_job(slot.channel, payload, timeout, lambda: self._replace(slot))
        if result.status in REPLACE_AFTER and slot.channel is not None:
            self._replace(slot)
        return result

    def _replace(self, slot: _Container) -> None:
        # The next job on this slot starts a fresh container (lazily, in run()).
        slot.remove()
        self.replaced += 1

    def region_library(self) -> str:
        return REGION_SO_PATH

    def describe(self) -> dict[str, Any]:
        return {
            "kind": "docker",
            "image": self._image.tag if self._image else None,
            "image_id": self._image.id if self._image else None,
            "python": self._info.get("python"),
            "python_build": self._info.get("python_build"),
            "python_executable": self._info.get("python_executable"),
            "valgrind": self._info.get("valgrind"),
            "cpu_pin": self.settings.cpu_pin,
        }

    def placement(self) -> dict[str, Any]:
        return {
            "cpus": [claim.cpu for claim in self._claims],
            "cpus_shared": any(claim.shared for claim in self._claims),
            "uids": [slot.uid for slot in self._slots],
        }

    def warnings(self) -> list[str]:
        return claim_warnings(self._claims)
