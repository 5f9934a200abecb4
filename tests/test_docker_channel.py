"""The Docker sandbox's channel to a container is its own descriptor, whatever docker-py does with its end.

Before, the channel used docker-py's socket object itself and dropped the attach response: in
`tasks validate` runs a job then failed at random with "[Errno 9] Bad file descriptor" (the
socket had been closed behind the channel), five runs out of five on one set of tasks.
"""

from __future__ import annotations

import gc
import os

import pytest

import evalperf.sandbox.providers  # noqa: F401  (registers the providers)
from evalperf.sandbox.base import SandboxSettings
from evalperf.sandbox.registry import provider
from tests.conftest import docker_problem


def _open_descriptors() -> int:
    return len(os.listdir("/proc/self/fd"))


@pytest.mark.docker
def test_channel_survives_docker_py_closing_its_socket() -> None:
    problem = docker_problem()
    if problem is not None:
        pytest.skip(problem)
    sandbox = provider("docker")(SandboxSettings(workers=2))
    sandbox.start()
    try:
        for slot in sandbox._slots:  # what a pool eviction or a collected response does to docker-py's end
            slot._attach._sock.close()
            slot._attach.close()
        gc.collect()
        for worker in (0, 1):
            for _ in range(3):
                result = sandbox.run({"kind": "info"}, worker=worker)
                assert result.status == "ok", result.message
    finally:
        sandbox.close()


@pytest.mark.docker
def test_remove_leaves_no_descriptor_open() -> None:
    problem = docker_problem()
    if problem is not None:
        pytest.skip(problem)
    sandbox = provider("docker")(SandboxSettings(workers=1))
    sandbox.start()
    try:
        assert sandbox.run({"kind": "info"}).status == "ok"
        before = _open_descriptors()
        for _ in range(5):  # each replacement opens a new attach connection and must close the old one
            sandbox._replace(sandbox._slots[0])
            assert sandbox.run({"kind": "info"}).status == "ok"
        gc.collect()
        assert _open_descriptors() <= before
    finally:
        sandbox.close()
