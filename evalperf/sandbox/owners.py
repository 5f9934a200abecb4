"""Which harness owns a sandbox container, whether it still runs, and removing the orphans.

Every container carries labels naming the harness process that made it: its pid, that
process's start time (a pid reused by a later process is not mistaken for the owner), and its
pid namespace (a pid means nothing in another one: a harness running in another container on
the same Docker engine cannot be seen from here, so its containers are kept). A container
without the pid and start-time labels is orphaned; so is one whose owner is gone.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

import docker.errors
import psutil

from evalperf.errors import SandboxError
from evalperf.sandbox.image import connect

LABEL = "org.evalperf.sandbox"
LABEL_SESSION = "org.evalperf.session"
LABEL_OWNER = "org.evalperf.owner"  # pid of the harness process
LABEL_OWNER_STARTED = "org.evalperf.owner-started"  # its start time, seconds since the epoch
LABEL_OWNER_NS = "org.evalperf.owner-ns"  # boot id and pid namespace the pid belongs to
LABEL_UID = "org.evalperf.uid"  # the uid:gid the container runs as
LABEL_CPU = "org.evalperf.cpu"  # the CPU it is pinned to
START_TIME_SLACK_S = 1.0  # /proc/stat's boot time, from which start times derive, may drift this much


class Owner(Enum):
    """What the labels of a container say about the harness that made it."""

    ALIVE = "alive"
    GONE = "gone"
    ELSEWHERE = "elsewhere"  # in another pid namespace or boot: cannot be checked from here


@dataclass(frozen=True)
class Cleanup:
    """Short ids of the containers removed, and of those kept because their owner may still run."""

    removed: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)


def pid_namespace() -> str:
    """This process's boot id and pid namespace (pids are compared only within one)."""
    try:
        with open("/proc/sys/kernel/random/boot_id", encoding="ascii") as handle:
            boot = handle.read().strip()
        return f"{boot}/{os.readlink('/proc/self/ns/pid')}"
    except OSError:
        return ""


def owner_labels() -> dict[str, str]:
    """The labels naming this process as a container's owner."""
    me = psutil.Process()
    return {
        LABEL_OWNER: str(me.pid),
        LABEL_OWNER_STARTED: f"{me.create_time():.3f}",
        LABEL_OWNER_NS: pid_namespace(),
    }


def owner_state(labels: dict[str, str], namespace: str | None = None) -> Owner:
    """Whether the harness named by a container's ``labels`` still runs (``namespace``: ours)."""
    try:
        pid = int(labels[LABEL_OWNER])
        started = float(labels[LABEL_OWNER_STARTED])
    except (KeyError, ValueError):
        return Owner.GONE
    here = pid_namespace() if namespace is None else namespace
    theirs = labels.get(LABEL_OWNER_NS, "")
    if theirs != here:
        return Owner.ELSEWHERE
    try:
        process = psutil.Process(pid)
        if process.status() == psutil.STATUS_ZOMBIE:
            return Owner.GONE
        same = abs(process.create_time() - started) <= START_TIME_SLACK_S
    except (psutil.NoSuchProcess, psutil.ZombieProcess):
        return Owner.GONE
    except psutil.AccessDenied:
        return Owner.ALIVE  # a process we may not inspect exists; keep its containers
    return Owner.ALIVE if same else Owner.GONE


def clean_containers(client: Any = None, session: str | None = None, everything: bool = False) -> Cleanup:
    """Remove evalperf sandbox containers whose harness is gone (or more, see below).

    ``session``: all containers of that harness session (the reaper's case: its harness just
    died). ``everything``: every evalperf container on the engine, also those of live runs.
    Otherwise only orphans: containers whose owner (see owner_state) is gone; the others are
    listed as kept. The listing is sparse (no inspect per container), and a container that
    removes itself meanwhile (auto-remove after its harness closed it) is not an error: it is
    gone either way.
    """
    client = client or connect()
    label = LABEL if session is None else f"{LABEL_SESSION}={session}"
    namespace = pid_namespace()
    removed: list[str] = []
    kept: list[str] = []
    try:
        for container in client.containers.list(all=True, sparse=True, filters={"label": label}):
            if session is None and not everything:
                labels = dict(getattr(container, "attrs", {}).get("Labels") or {})
                if owner_state(labels, namespace) is not Owner.GONE:
                    kept.append(container.id[:12])
                    continue
            try:
                container.remove(force=True)
                removed.append(container.id[:12])
            except docker.errors.NotFound:
                pass
            except docker.errors.APIError as exc:
                if "already in progress" not in str(exc):
                    raise
    except docker.errors.DockerException as exc:
        raise SandboxError(f"cannot remove sandbox containers: {exc}") from exc
    return Cleanup(removed, kept)
