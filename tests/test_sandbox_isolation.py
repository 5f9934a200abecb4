"""Sandboxes of concurrent runs stay apart: a uid per container, a CPU per worker, cleaning only orphans.

The CPU claims are checked across processes (flock is per open file, so a claim in another
process is what another run looks like); the Docker tests start real containers and skip with
a reason when Docker or the sandbox image is missing. Nothing here depends on the machine being
idle: waits are for conditions, with generous deadlines.
"""

from __future__ import annotations

import subprocess
import sys
import threading
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import psutil
import pytest
from click.testing import CliRunner

from evalperf.errors import ConfigError
from evalperf.sandbox import SandboxSettings, create_sandbox, sandbox_names
from evalperf.sandbox.base import JobResult, Limits, Sandbox
from evalperf.sandbox.cpus import allowed_cpus, claim_cpu
from evalperf.sandbox.owners import (
    LABEL,
    LABEL_OWNER,
    LABEL_OWNER_NS,
    LABEL_OWNER_STARTED,
    LABEL_SESSION,
    LABEL_UID,
    Owner,
    clean_containers,
    owner_labels,
    owner_state,
    pid_namespace,
)
from tests.conftest import docker_problem, wait_for

ROOT = Path(__file__).resolve().parent.parent
HOLDER = """
import sys
from pathlib import Path
from evalperf.sandbox.cpus import claim_cpu
claim = claim_cpu(Path(sys.argv[1]), cpus=[int(c) for c in sys.argv[2].split(",")])
print(claim.cpu, int(claim.shared), flush=True)
sys.stdin.read()  # hold the claim until the test closes stdin (or kills this process)
"""


@pytest.fixture
def holders(tmp_path: Path) -> Iterator[Callable[[list[int]], tuple[subprocess.Popen[str], int, bool]]]:
    """Start processes that claim a CPU among ``cpus`` in tmp_path and hold it; all ended at teardown."""
    started: list[subprocess.Popen[str]] = []

    def hold(cpus: list[int]) -> tuple[subprocess.Popen[str], int, bool]:
        proc = subprocess.Popen(
            [sys.executable, "-c", HOLDER, str(tmp_path), ",".join(map(str, cpus))],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        started.append(proc)
        assert proc.stdout is not None
        line = proc.stdout.readline().split()
        assert len(line) == 2, "the holder did not report its claim"
        return proc, int(line[0]), line[1] == "1"

    yield hold
    for proc in started:
        if proc.poll() is None:
            proc.kill()
        proc.wait()


# --- CPU claims -------------------------------------------------------------------------------


def test_two_processes_claim_different_cpus_while_both_live(holders: Any, tmp_path: Path) -> None:
    first, cpu_a, shared_a = holders([0, 1])
    second, cpu_b, shared_b = holders([0, 1])
    assert {cpu_a, cpu_b} == {0, 1}
    assert not shared_a and not shared_b
    # a third finds both held: it shares, and says so
    with claim_cpu(tmp_path, cpus=[0, 1]) as third:
        assert third.shared and third.cpu in (0, 1)
    assert first.poll() is None and second.poll() is None


def test_a_claim_is_released_when_its_holder_is_killed(holders: Any, tmp_path: Path) -> None:
    holder, cpu, _ = holders([3])
    with claim_cpu(tmp_path, cpus=[3]) as meanwhile:
        assert meanwhile.shared, "the CPU is held by the live holder"
    holder.kill()  # SIGKILL: no cleanup code runs; the kernel drops the flock
    holder.wait()
    with claim_cpu(tmp_path, cpus=[3]) as after:
        assert after.cpu == cpu and not after.shared


def test_claims_in_one_process_differ_and_close_releases(tmp_path: Path) -> None:
    first = claim_cpu(tmp_path, cpus=[0, 1])
    second = claim_cpu(tmp_path, cpus=[0, 1])
    assert first.cpu != second.cpu and not first.shared and not second.shared
    first.close()
    first.close()  # twice is fine
    with claim_cpu(tmp_path, cpus=[0, 1]) as again:
        assert again.cpu == first.cpu and not again.shared
    second.close()


def test_when_all_are_claimed_the_least_claimed_cpu_is_shared(tmp_path: Path) -> None:
    claims = [claim_cpu(tmp_path, cpus=[0, 1]) for _ in range(3)]  # 0, 1, then 0 shared
    try:
        assert sorted(c.cpu for c in claims[:2]) == [0, 1]
        busiest = claims[2].cpu
        with claim_cpu(tmp_path, cpus=[0, 1]) as fourth:
            assert fourth.shared and fourth.cpu != busiest
    finally:
        for claim in claims:
            claim.close()


def test_an_unusable_lock_directory_gives_an_uncoordinated_claim_with_a_note(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    with claim_cpu(blocker / "locks", cpus=[2]) as claim:
        assert claim.cpu == 2 and claim.shared
        assert "not coordinated" in claim.note


def test_the_default_candidates_are_the_cpus_this_process_may_use(tmp_path: Path) -> None:
    with claim_cpu(tmp_path) as claim:
        assert claim.cpu in allowed_cpus()


# --- the provider registry ----------------------------------------------------------------------


def test_registry_and_base_load_no_provider() -> None:
    code = (
        "import sys\n"
        "import evalperf.sandbox.registry, evalperf.sandbox.base, evalperf.sandbox.choose\n"
        "from evalperf.sandbox import Limits\n"
        "print(sorted(m for m in sys.modules if m in "
        "('evalperf.sandbox.docker_pool', 'evalperf.sandbox.local', 'evalperf.sandbox.providers', 'docker')))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert done.stdout.strip() == "[]"


def test_providers_are_registered_and_an_unknown_name_lists_them() -> None:
    assert {"docker", "local"} <= set(sandbox_names())
    with pytest.raises(ConfigError, match="choose one of docker, local"):
        create_sandbox("nope", SandboxSettings())


# --- the local sandbox is pinned -------------------------------------------------------------------

AFFINITY = "import os\ndef answer(x):\n    return [os.getuid(), sorted(os.sched_getaffinity(0))]\n"


def _inside(box: Sandbox, worker: int) -> tuple[int, list[int]]:
    payload = {"kind": "check", "solution": AFFINITY, "entry_point": "answer", "tests": [[1]]}
    result = box.run(payload, worker)
    assert result.status == "ok", result.message
    uid, cpus = result.outcomes[0]["value"]
    return int(uid), list(cpus)


def test_local_workers_run_pinned_to_their_claimed_cpus(tmp_path: Path) -> None:
    with create_sandbox("local", SandboxSettings(workers=2, cpu_lock_dir=tmp_path)) as box:
        pinned = box.placement()["cpus"]
        assert len(pinned) == 2 and set(pinned) <= set(allowed_cpus())
        if len(allowed_cpus()) >= 2:
            assert pinned[0] != pinned[1] and not box.placement()["cpus_shared"]
        for worker in range(2):
            assert _inside(box, worker)[1] == [pinned[worker]]
        assert "cpus" not in box.describe()  # the results' environment stays the same from run to run


# --- owners and cleaning (no Docker) ------------------------------------------------------------


def _dead_owner_labels() -> dict[str, str]:
    """Owner labels of a process that has finished (its pid is not ours to reuse)."""
    proc = subprocess.Popen([sys.executable, "-c", "import sys; sys.stdin.read()"], stdin=subprocess.PIPE)
    started = psutil.Process(proc.pid).create_time()
    assert proc.stdin is not None
    proc.stdin.close()
    proc.wait()
    return {LABEL_OWNER: str(proc.pid), LABEL_OWNER_STARTED: f"{started:.3f}", LABEL_OWNER_NS: pid_namespace()}


def test_owner_state_tells_live_dead_reused_and_foreign_owners() -> None:
    assert owner_state(owner_labels()) is Owner.ALIVE
    assert owner_state(_dead_owner_labels()) is Owner.GONE
    assert owner_state({}) is Owner.GONE  # no owner labels: orphaned
    reused = {**owner_labels(), LABEL_OWNER_STARTED: "1000.000"}  # our pid, another process's start
    assert owner_state(reused) is Owner.GONE
    foreign = {**owner_labels(), LABEL_OWNER_NS: "another-boot/pid:[1]"}
    assert owner_state(foreign) is Owner.ELSEWHERE


class _FakeContainer:
    def __init__(self, cid: str, labels: dict[str, str], gone: set[str]) -> None:
        self.id, self.attrs, self._gone = cid * 64, {"Labels": labels}, gone

    def remove(self, force: bool) -> None:
        self._gone.add(self.id)


class _FakeClient:
    """The engine as clean_containers sees it: a sparse listing filtered by label."""

    def __init__(self, containers: dict[str, dict[str, str]]) -> None:
        self.gone: set[str] = set()
        self.all = [_FakeContainer(cid, labels, self.gone) for cid, labels in containers.items()]
        self.containers = self

    def list(self, all: bool, sparse: bool, filters: dict[str, str]) -> list[_FakeContainer]:
        key, _, value = filters["label"].partition("=")
        found = [c for c in self.all if c.id not in self.gone and key in c.attrs["Labels"]]
        return [c for c in found if not value or c.attrs["Labels"][key] == value]


def _fake_engine() -> _FakeClient:
    mine = {LABEL: "1", LABEL_SESSION: "live", **owner_labels()}
    return _FakeClient(
        {
            "a": mine,
            "b": {LABEL: "1", LABEL_SESSION: "dead", **_dead_owner_labels()},
            "c": {LABEL: "1", LABEL_SESSION: "old"},  # made before owners were labelled
            "d": {**mine, LABEL_OWNER_NS: "another-boot/pid:[1]"},
        }
    )


def test_clean_removes_only_orphans_unless_everything() -> None:
    engine = _fake_engine()
    done = clean_containers(engine)
    assert sorted(done.removed) == ["b" * 12, "c" * 12]
    assert sorted(done.kept) == ["a" * 12, "d" * 12]
    assert sorted(clean_containers(engine, everything=True).removed) == ["a" * 12, "d" * 12]


def test_clean_by_session_removes_that_session_whoever_owns_it() -> None:
    engine = _fake_engine()
    assert sorted(clean_containers(engine, session="live").removed) == ["a" * 12, "d" * 12]  # d: same session


def test_cli_clean_reports_removed_and_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    from evalperf.cli import main

    engine = _fake_engine()
    monkeypatch.setattr("evalperf.sandbox.owners.connect", lambda: engine)
    result = CliRunner().invoke(main, ["sandbox", "clean"])
    assert result.exit_code == 0, result.output
    assert "removed 2 container(s)" in result.output
    assert "kept 2 container(s)" in result.output and "--all" in result.output
    result = CliRunner().invoke(main, ["sandbox", "clean", "--all"])
    assert result.exit_code == 0, result.output
    assert "removed 2 container(s)" in result.output and "kept" not in result.output


# --- Docker: a uid and a CPU per container; cleaning a real engine ---------------------------------


def _need_docker() -> None:
    problem = docker_problem()
    if problem is not None:
        pytest.skip(f"docker sandbox unavailable: {problem}")


def _docker(lock_dir: Path, limits: Limits | None = None) -> Sandbox:
    return create_sandbox("docker", SandboxSettings(workers=1, limits=limits or Limits(), cpu_lock_dir=lock_dir))


@pytest.mark.docker
def test_two_docker_sandboxes_run_as_different_uids_on_different_cpus(tmp_path: Path) -> None:
    _need_docker()
    import docker

    client = docker.from_env()
    with _docker(tmp_path) as first, _docker(tmp_path) as second:
        uids = [box.run({"kind": "info"}).info["uid"] for box in (first, second)]
        assert uids[0] != uids[1]
        assert all(uid not in (0, 10001) for uid in uids)  # neither root nor the image's shared user
        assert [box.placement()["uids"] for box in (first, second)] == [[uids[0]], [uids[1]]]
        cpus = [box.placement()["cpus"][0] for box in (first, second)]
        if len(allowed_cpus()) >= 2:
            assert cpus[0] != cpus[1]
        for box, uid, cpu in zip((first, second), uids, cpus):
            assert _inside(box, 0) == (uid, [cpu])  # the sample runs as that uid, on that CPU only
            labelled = client.containers.list(sparse=True, filters={"label": f"{LABEL_UID}={uid}:{uid}"})
            assert len(labelled) == 1


HOG = """import threading, time
def answer(x):
    threading.stack_size(1 << 18)
    for _ in range(200):
        threading.Thread(target=time.sleep, args=(900,), daemon=True).start()
    time.sleep(900)
    return 4
"""
THREADS = """import threading
def answer(x):
    barrier = threading.Barrier(65, timeout=60)
    started = []
    def work():
        started.append(1)
        barrier.wait()
    threads = [threading.Thread(target=work) for _ in range(64)]
    for thread in threads:
        thread.start()
    barrier.wait()  # all 64 are alive at once here
    for thread in threads:
        thread.join()
    return len(started)
"""


def _threads_of(uid: int) -> int:
    count = 0
    for proc in psutil.process_iter(["uids", "num_threads"]):
        uids = proc.info["uids"]
        if uids is not None and uids.real == uid:
            count += proc.info["num_threads"] or 0
    return count


@pytest.mark.docker
def test_threads_in_one_container_do_not_stop_another_container_starting_64(tmp_path: Path) -> None:
    # RLIMIT_NPROC counts a uid's threads host-wide: with one uid for every container, a sample
    # holding 200 threads left another container's sample unable to start any.
    _need_docker()
    import docker

    roomy = Limits(wall_s=900, cpu_s=900, memory_mb=2048)
    with _docker(tmp_path, roomy) as hog, _docker(tmp_path, roomy) as other:
        hog_uid = int(hog.run({"kind": "info"}).info["uid"])
        if not wait_for(lambda: _threads_of(hog_uid) > 0, 10):
            pytest.skip("the containers' processes are not visible from this pid namespace")
        outcome: list[JobResult] = []
        payload = {"kind": "check", "solution": HOG, "entry_point": "answer", "tests": [[2]]}
        runner = threading.Thread(target=lambda: outcome.append(hog.run(payload)))
        runner.start()
        try:
            assert wait_for(lambda: _threads_of(hog_uid) >= 200, 120), "the hog never started its threads"
            job = {"kind": "check", "solution": THREADS, "entry_point": "answer", "tests": [[1]]}
            result = other.run(job)
            assert result.status == "ok", result.message
            assert result.outcomes[0].get("value") == 64, result.outcomes
            assert _threads_of(hog_uid) >= 200, "the hog's threads must still be alive"
        finally:
            client = docker.from_env()
            for container in client.containers.list(filters={"label": f"{LABEL_UID}={hog_uid}:{hog_uid}"}):
                container.kill()  # ends the hog's job: its channel breaks and run() returns
            runner.join(timeout=120)
        assert outcome and outcome[0].status != "ok"


class _Only:
    """A Docker client that lists only the given containers (other runs share this engine)."""

    def __init__(self, client: Any, ids: set[str]) -> None:
        self._client, self._ids = client, ids
        self.containers = self

    def list(self, **options: Any) -> list[Any]:
        return [c for c in self._client.containers.list(**options) if c.id in self._ids]


@pytest.mark.docker
def test_clean_leaves_a_live_run_alone_and_removes_dead_owners(monkeypatch: pytest.MonkeyPatch) -> None:
    _need_docker()
    import docker

    from evalperf.cli import main
    from evalperf.sandbox.image import find_image

    client = docker.from_env()
    image = find_image(client)
    session = "cleantest" + uuid.uuid4().hex[:8]

    def create(labels: dict[str, str]) -> Any:
        return client.containers.create(
            image.id, command=["true"], labels={LABEL: "1", LABEL_SESSION: session, **labels}, network_disabled=True
        )

    live = create(owner_labels())
    dead = create(_dead_owner_labels())
    unlabelled = create({})
    made = [live, dead, unlabelled]
    only = _Only(client, {c.id for c in made})
    try:
        done = clean_containers(only)
        assert sorted(done.removed) == sorted([dead.id[:12], unlabelled.id[:12]])
        assert done.kept == [live.id[:12]]
        assert client.containers.get(live.id).status == "created"

        again = [create(_dead_owner_labels())]
        made += again
        only = _Only(client, {c.id for c in made})
        monkeypatch.setattr("evalperf.sandbox.owners.connect", lambda: only)
        result = CliRunner().invoke(main, ["sandbox", "clean"])
        assert result.exit_code == 0, result.output
        assert f"removed 1 container(s): {again[0].id[:12]}" in result.output
        assert "kept 1 container(s)" in result.output
        result = CliRunner().invoke(main, ["sandbox", "clean", "--all"])
        assert result.exit_code == 0, result.output
        assert f"removed 1 container(s): {live.id[:12]}" in result.output
        assert client.containers.list(all=True, sparse=True, filters={"label": f"{LABEL_SESSION}={session}"}) == []
    finally:
        for container in made:
            try:
                container.remove(force=True)
            except docker.errors.NotFound:
                pass


def test_a_shared_cpu_gives_a_warning_a_free_one_none(tmp_path: Path) -> None:
    from evalperf.sandbox.cpus import claim_warnings

    with claim_cpu(tmp_path, cpus=[0]) as first, claim_cpu(tmp_path, cpus=[0]) as second:
        assert claim_warnings([first]) == []
        (said,) = claim_warnings([first, second])
        assert said.startswith("1 of 2 worker(s) share their CPU")
