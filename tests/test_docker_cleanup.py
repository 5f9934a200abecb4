"""No evalperf container survives a run: normal end, Ctrl-C, or a killed harness."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import docker_problem, owned_containers, wait_for

SUITE = f"builtin:{Path(__file__).parent / 'data' / 'mini_suite'}"


def _start_run(tmp_path: Path) -> subprocess.Popen[bytes]:
    slow = "def pair_sums(values):\n    import time\n    time.sleep(60)\n    return 0\n"
    samples = tmp_path / "samples.jsonl"
    samples.write_text(json.dumps({"task_id": "pair_sums", "solution": slow}) + "\n")
    with (tmp_path / "stderr.txt").open("wb") as stderr:
        return subprocess.Popen(
            [
                sys.executable,
                "-m",
                "evalperf.cli",
                "evaluate",
                "--suite",
                SUITE,
                "--samples",
                str(samples),
                "--sandbox",
                "docker",
                "--jobs",
                "2",
                "--timeout",
                "60",
                "--out",
                str(tmp_path / "r.json"),
            ],
            # a shell's background job (`cmd &`) starts with SIGINT ignored, and Python then
            # installs no KeyboardInterrupt handler: the child gets the default back
            preexec_fn=_default_sigint,
            stdout=subprocess.DEVNULL,
            stderr=stderr,
        )


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.docker
@pytest.mark.parametrize("how", ["sigint", "sigkill"])
def test_no_container_left_after_interrupt(tmp_path: Path, how: str) -> None:
    problem = docker_problem()
    if problem is not None:
        pytest.skip(f"docker sandbox unavailable: {problem}")
    proc = _start_run(tmp_path)
    try:
        assert wait_for(lambda: len(owned_containers(proc.pid)) == 2, 120), "the run never started its containers"
        proc.send_signal(signal.SIGINT if how == "sigint" else signal.SIGKILL)
        code = proc.wait(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
    said = (tmp_path / "stderr.txt").read_text(errors="replace")[-2000:]
    if how == "sigint":
        assert code == 130, said
    # after Ctrl-C the harness removes them; after SIGKILL they remove themselves (stdin closes)
    assert wait_for(lambda: owned_containers(proc.pid) == [], 60), (owned_containers(proc.pid), said)


@pytest.mark.docker
def test_reaper_removes_a_dead_harness_containers_even_never_started() -> None:
    problem = docker_problem()
    if problem is not None:
        pytest.skip(f"docker sandbox unavailable: {problem}")
    import docker

    from evalperf.sandbox.docker_pool import LABEL, LABEL_SESSION
    from evalperf.sandbox.image import find_image

    client = docker.from_env()
    image = find_image(client)
    session = "reapertest" + str(os.getpid())
    labels = {LABEL: "1", LABEL_SESSION: session}
    created = client.containers.create(image.id, command=["true"], labels=labels, network_disabled=True)
    other = client.containers.create(image.id, command=["true"], labels={LABEL: "1", LABEL_SESSION: "someoneelse"})
    try:
        reaper = subprocess.Popen(
            [sys.executable, "-m", "evalperf.sandbox.reaper", session], stdin=subprocess.PIPE, start_new_session=True
        )
        time.sleep(1.0)
        assert reaper.poll() is None, "the reaper must wait while its harness lives"
        assert reaper.stdin is not None
        reaper.stdin.close()  # what the kernel does when the harness dies
        assert reaper.wait(timeout=60) == 0
        ours = client.containers.list(all=True, sparse=True, filters={"label": f"{LABEL_SESSION}={session}"})
        assert ours == []
        assert client.containers.get(other.id).status == "created"  # another session's stays
    finally:
        for container in (created, other):
            try:
                container.remove(force=True)
            except docker.errors.NotFound:
                pass


def test_clean_containers_skips_a_container_already_being_removed() -> None:
    # The race behind a once-flaky Ctrl-C test: the harness's close() had started removing an
    # auto-removed container when the reaper listed it. The daemon's answer is an APIError.
    import docker.errors

    from evalperf.sandbox.docker_pool import clean_containers

    class Container:
        def __init__(self, cid: str, busy: bool) -> None:
            self.id, self.busy, self.removed = cid, busy, False

        def remove(self, force: bool) -> None:
            if self.busy:
                raise docker.errors.APIError("removal of container x is already in progress")
            self.removed = True

    busy, idle = Container("a" * 64, True), Container("b" * 64, False)

    class Containers:
        def list(self, **filters: object) -> list[Container]:
            assert filters["filters"] == {"label": "org.evalperf.session=s1"}
            return [busy, idle]

    class Client:
        containers = Containers()

    assert clean_containers(Client(), session="s1").removed == ["b" * 12]
    assert idle.removed
