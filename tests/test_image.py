"""The sandbox image: recipe hashing and build-mode logic without Docker, the built image with it.

The Docker tests use the image already built for the current recipe (``build_image`` takes
minutes from scratch); they skip, saying why, when the engine or the image is missing.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import docker.errors
import pytest

from evalperf.errors import ConfigError, ImageError
from evalperf.sandbox import image
from evalperf.sandbox.image import (
    LABEL_CONTENT_HASH,
    LABEL_PYTHON,
    REQUIRED_MODULES,
    Recipe,
    base_tag,
    build_image,
    content_hash,
    host_debian_mirror,
    image_tag,
    registry_base_reference,
)

# ---------------------------------------------------------------------------------------------
# Recipe hashing (hermetic: a small fake recipe in a temp folder)


def make_recipe(root: Path) -> Recipe:
    sandboxes = root / "sandboxes"
    runner = root / "runner"
    sandboxes.mkdir(parents=True)
    runner.mkdir(parents=True)
    (sandboxes / "Dockerfile").write_text("ARG BASE\nFROM ${BASE}\nCOPY runner/ /opt/evalperf/\n")
    (sandboxes / "Dockerfile.base-registry").write_text("FROM python:3.11-slim-bookworm\nRUN true\n")
    (sandboxes / "debootstrap-base.sh").write_text("#!/bin/bash\necho base\n")
    (runner / "region.c").write_text("long evalperf_measure(void) { return 0; }\n")
    (runner / "worker.py").write_text("print('worker')\n")
    return Recipe(sandboxes_dir=sandboxes, runner_dir=runner)


def test_content_hash_is_stable_and_does_not_depend_on_the_location(tmp_path: Path) -> None:
    first = make_recipe(tmp_path / "a")
    second = make_recipe(tmp_path / "somewhere" / "else")
    assert re.fullmatch(r"[0-9a-f]{64}", content_hash(first))
    assert content_hash(first) == content_hash(first)
    assert content_hash(first) == content_hash(second)


@pytest.mark.parametrize(
    "change",
    [
        lambda r: (r.runner_dir / "worker.py").write_text("print('worker 2')\n"),
        lambda r: (r.runner_dir / "supervisor.py").write_text("pass\n"),
        lambda r: (r.runner_dir / "worker.py").rename(r.runner_dir / "worker2.py"),
        lambda r: (r.runner_dir / "pkg").mkdir() or (r.runner_dir / "pkg" / "x.py").write_text(""),
        lambda r: (r.sandboxes_dir / "Dockerfile").write_text("ARG BASE\nFROM ${BASE}\n"),
        lambda r: (r.sandboxes_dir / "debootstrap-base.sh").write_text("#!/bin/bash\necho base 2\n"),
    ],
    ids=["runner-edit", "runner-new-file", "runner-rename", "runner-subfolder", "dockerfile", "base-script"],
)
def test_content_hash_changes_with_what_goes_into_the_image(tmp_path: Path, change: Any) -> None:
    recipe = make_recipe(tmp_path)
    before = content_hash(recipe)
    change(recipe)
    assert content_hash(recipe) != before


def test_content_hash_ignores_bytecode_hidden_files_and_built_libraries(tmp_path: Path) -> None:
    recipe = make_recipe(tmp_path)
    before = content_hash(recipe)
    (recipe.runner_dir / "__pycache__").mkdir()
    (recipe.runner_dir / "__pycache__" / "worker.cpython-311.pyc").write_bytes(b"\0\1")
    (recipe.runner_dir / "region.so").write_bytes(b"\x7fELF")
    (recipe.runner_dir / ".worker.py.swp").write_bytes(b"x")
    (recipe.sandboxes_dir / ".DS_Store").write_bytes(b"x")
    assert content_hash(recipe) == before


def test_a_runner_change_keeps_the_base_and_a_base_change_keeps_the_other_base(tmp_path: Path) -> None:
    recipe = make_recipe(tmp_path)
    offline, registry, top = base_tag("offline", recipe), base_tag("registry", recipe), image_tag(recipe)
    (recipe.runner_dir / "worker.py").write_text("print('changed')\n")
    (recipe.sandboxes_dir / "Dockerfile").write_text("ARG BASE\nFROM ${BASE}\n")
    assert (base_tag("offline", recipe), base_tag("registry", recipe)) == (offline, registry)
    assert image_tag(recipe) != top
    (recipe.sandboxes_dir / "debootstrap-base.sh").write_text("#!/bin/bash\necho other\n")
    assert base_tag("offline", recipe) != offline
    assert base_tag("registry", recipe) == registry
    assert offline != registry


def test_tags_are_named_by_the_first_12_hex_digits(tmp_path: Path) -> None:
    recipe = make_recipe(tmp_path)
    assert image_tag(recipe) == f"evalperf-sandbox:{content_hash(recipe)[:12]}"
    assert re.fullmatch(r"evalperf-base:[0-9a-f]{12}", base_tag("offline", recipe))
    other = Recipe(recipe.sandboxes_dir, recipe.runner_dir, "bench-sandbox", "bench-base")
    assert image_tag(other) == f"bench-sandbox:{content_hash(recipe)[:12]}"
    assert base_tag("offline", other).startswith("bench-base:")


def test_the_shipped_recipe_has_every_file_the_build_needs() -> None:
    recipe = Recipe.default()
    for name in ("Dockerfile", "Dockerfile.base-registry", "debootstrap-base.sh"):
        assert (recipe.sandboxes_dir / name).is_file(), name
    assert (recipe.runner_dir / "region.c").is_file()
    assert registry_base_reference(recipe).startswith("python:3.11-slim")
    assert re.fullmatch(r"evalperf-sandbox:[0-9a-f]{12}", image_tag())


def test_a_missing_base_recipe_is_an_image_error(tmp_path: Path) -> None:
    recipe = make_recipe(tmp_path)
    (recipe.sandboxes_dir / "debootstrap-base.sh").unlink()
    with pytest.raises(ImageError, match=r"debootstrap-base\.sh"):
        base_tag("offline", recipe)


# ---------------------------------------------------------------------------------------------
# Host mirror


def test_host_mirror_comes_from_the_matching_deb822_paragraph(tmp_path: Path) -> None:
    (tmp_path / "sources.list.d").mkdir()
    (tmp_path / "sources.list.d" / "debian.sources").write_text(
        "Types: deb\n"
        "# http://snapshot.debian.org/archive/debian-security/20250520T000000Z\n"
        "URIs: http://security.example/debian-security\n"
        "Suites: bookworm-security\n"
        "Components: main\n"
        "\n"
        "Types: deb\n"
        "# http://snapshot.debian.org/archive/debian/20250520T000000Z\n"
        "URIs: http://mirror.example/debian\n"
        "Suites: bookworm bookworm-updates\n"
        "Components: main\n"
    )
    (tmp_path / "sources.list.d" / "other.list.disabled").write_text("deb http://no.example/ bookworm main\n")
    assert host_debian_mirror(tmp_path) == "http://mirror.example/debian"


def test_host_mirror_comes_from_the_one_line_format(tmp_path: Path) -> None:
    (tmp_path / "sources.list").write_text(
        "# deb http://commented.example/debian bookworm main\n"
        "deb http://security.example/debian-security bookworm-security main\n"
        "deb [arch=amd64 signed-by=/k.gpg] http://mirror.example/debian bookworm main contrib\n"
    )
    assert host_debian_mirror(tmp_path) == "http://mirror.example/debian"


def test_host_mirror_falls_back_to_deb_debian_org(tmp_path: Path) -> None:
    (tmp_path / "sources.list").write_text("deb http://archive.ubuntu.com/ubuntu jammy main\n")
    assert host_debian_mirror(tmp_path) == "http://deb.debian.org/debian"


# ---------------------------------------------------------------------------------------------
# Build-mode decisions with a fake engine (no image exists, the registry misbehaves)


class FakeImages:
    def get(self, name: str) -> Any:
        raise docker.errors.ImageNotFound(f"no such image: {name}")


class FakeApi:
    def __init__(self, probe_delay_s: float) -> None:
        self.probe_delay_s = probe_delay_s
        self.probed: list[str] = []

    def inspect_distribution(self, reference: str) -> Any:
        self.probed.append(reference)
        time.sleep(self.probe_delay_s)
        raise docker.errors.APIError("dial tcp: lookup registry-1.docker.io: no such host")


class FakeClient:
    def __init__(self, probe_delay_s: float = 0.0) -> None:
        self.images = FakeImages()
        self.api = FakeApi(probe_delay_s)


def test_an_unknown_mode_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="auto, offline, registry"):
        build_image(lambda _: None, mode="fast", client=FakeClient())  # type: ignore[arg-type]


def test_the_offline_base_needs_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "geteuid", lambda: 1000)
    with pytest.raises(ImageError, match="needs root"):
        build_image(lambda _: None, mode="offline", client=FakeClient(), recipe=make_recipe(tmp_path))


@pytest.mark.parametrize("delay_s", [0.0, 30.0], ids=["registry-refuses", "registry-hangs"])
def test_auto_goes_offline_quickly_when_the_registry_does_not_answer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, delay_s: float
) -> None:
    monkeypatch.setattr(image, "REGISTRY_PROBE_TIMEOUT_S", 0.5)
    # Stop right after the decision: the offline path refuses to run without root.
    monkeypatch.setattr(os, "geteuid", lambda: 1000)
    client = FakeClient(probe_delay_s=delay_s)
    messages: list[str] = []
    started = time.monotonic()
    with pytest.raises(ImageError, match="needs root"):
        build_image(messages.append, mode="auto", client=client, recipe=make_recipe(tmp_path))
    assert time.monotonic() - started < 5
    assert client.api.probed == ["python:3.11-slim-bookworm"]
    assert any(m.startswith("no registry") for m in messages), messages


# ---------------------------------------------------------------------------------------------
# region.so on this host


@pytest.mark.valgrind
def test_region_so_compiles_without_any_library_dependency(tmp_path: Path) -> None:
    if shutil.which("gcc") is None or not Path("/usr/include/valgrind/callgrind.h").is_file():
        pytest.skip("needs gcc and the valgrind headers (apt-get install gcc valgrind)")
    output = tmp_path / "region.so"
    image._compile_region(Recipe.default().runner_dir / "region.c", output)
    dynamic = subprocess.run(["readelf", "-d", str(output)], capture_output=True, text=True, check=True)
    assert "NEEDED" not in dynamic.stdout
    symbols = subprocess.run(["nm", "-D", "--defined-only", str(output)], capture_output=True, text=True)
    assert "evalperf_measure" in symbols.stdout
    assert "evalperf_running_on_valgrind" in symbols.stdout


# ---------------------------------------------------------------------------------------------
# The built image (Docker)

HARDENED: dict[str, Any] = {
    "network_mode": "none",
    "read_only": True,
    "tmpfs": {"/tmp": "size=64m"},
    "cap_drop": ["ALL"],
    "security_opt": ["no-new-privileges"],
    "user": "10001:10001",
}

WORK = """
def work():
    table = {str(i): i * i for i in range(3000)}
    return sum(sorted(table.values())[-10:]) % 1000003
"""

MEASURE = (
    WORK
    + """
import ctypes
lib = ctypes.CDLL("/opt/evalperf/region.so")
callback_type = ctypes.CFUNCTYPE(ctypes.c_long)
lib.evalperf_measure.argtypes = [callback_type]
lib.evalperf_measure.restype = ctypes.c_long
print(lib.evalperf_measure(callback_type(work)), lib.evalperf_running_on_valgrind())
"""
)

# Prints the measured program's line (result, running-on-valgrind flag), then the count.
COUNT = (
    "valgrind --tool=callgrind --collect-atstart=no --callgrind-out-file=/tmp/cg.out "
    'python3 -c "$MEASURE" 2>/tmp/valgrind.log || { cat /tmp/valgrind.log >&2; exit 1; }; '
    "grep '^summary:' /tmp/cg.out.1"
)


@dataclass(frozen=True)
class Built:
    client: Any
    tag: str
    recipe: Recipe


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    """The engine and the image of a snapshot of the recipe (the runner may change meanwhile)."""
    try:
        client = image.connect()
    except ImageError as exc:
        pytest.skip(f"Docker engine not reachable: {exc}")
    shipped = Recipe.default()
    snapshot = tmp_path_factory.mktemp("recipe")
    shutil.copytree(shipped.sandboxes_dir, snapshot / "sandboxes")
    shutil.copytree(shipped.runner_dir, snapshot / "runner")
    recipe = Recipe(snapshot / "sandboxes", snapshot / "runner")
    found = image.find_image(client, recipe=recipe)
    if found is None:
        pytest.skip(f"sandbox image {image_tag(recipe)} not built: run evalperf.sandbox.image.build_image first")
    return Built(client, found.tag, recipe)


def run_hardened(client: Any, tag: str, command: list[str], **options: Any) -> str:
    output: bytes = client.containers.run(tag, command, remove=True, **{**HARDENED, **options})
    return output.decode()


@pytest.mark.docker
def test_hardened_container_runs_python_as_the_sandbox_user(built: Built) -> None:
    client, tag = built.client, built.tag
    script = f"import os, {', '.join(REQUIRED_MODULES)}; print('ok', os.getuid(), os.getgid(), os.getcwd())"
    assert run_hardened(client, tag, ["python3", "-c", script]).split() == ["ok", "10001", "10001", "/tmp"]


@pytest.mark.docker
def test_the_sandbox_user_cannot_change_the_image_even_on_a_writable_root(built: Built) -> None:
    client, tag = built.client, built.tag
    script = (
        "import os\n"
        "for path in ('/opt/evalperf/worker.py', '/opt/evalperf/region.so', '/opt/evalperf/new',\n"
        "             '/etc/passwd', '/usr/bin/python3', '/usr/lib/new'):\n"
        "    try:\n"
        "        open(path, 'a').close(); print('wrote', path)\n"
        "    except OSError:\n"
        "        pass\n"
        "open('/tmp/scratch', 'w').write('x'); print('tmp ok')\n"
    )
    assert run_hardened(client, tag, ["python3", "-c", script], read_only=False) == "tmp ok\n"


@pytest.mark.docker
def test_the_image_has_no_set_user_id_programs(built: Built) -> None:
    client, tag = built.client, built.tag
    # As root (still without capabilities) so that find can read every folder of the image.
    command = ["find", "/", "-xdev", "-type", "f", "-perm", "/6000"]
    found = run_hardened(client, tag, command, user="0:0")
    assert found == ""


@pytest.mark.docker
@pytest.mark.valgrind
def test_valgrind_counts_the_region_identically_in_two_runs(built: Built) -> None:
    client, tag = built.client, built.tag
    env = {"PYTHONHASHSEED": "0", "MEASURE": MEASURE}
    namespace: dict[str, Any] = {}
    exec(WORK, namespace)
    expected = f"{namespace['work']()} 1"
    counts = []
    for _ in range(2):
        output = run_hardened(client, tag, ["sh", "-c", COUNT], environment=env)
        lines = output.splitlines()
        assert len(lines) == 2 and lines[0] == expected and lines[1].startswith("summary: "), output
        counts.append(int(lines[1].split()[1]))
    # The callback does a few thousand dict and sort operations: well above the 10,000 floor.
    assert counts[0] > 100_000
    assert counts[0] == counts[1]


@pytest.mark.docker
def test_labels_describe_the_image(built: Built) -> None:
    client, tag = built.client, built.tag
    labels = client.images.get(tag).labels
    assert labels[LABEL_CONTENT_HASH] == content_hash(built.recipe)
    inside = run_hardened(client, tag, ["python3", "-c", "import platform; print(platform.python_version())"])
    assert labels[LABEL_PYTHON] == inside.strip()
    assert inside.startswith("3.11.")


@pytest.mark.docker
def test_build_returns_the_existing_image_at_once(built: Built) -> None:
    client, tag = built.client, built.tag
    messages: list[str] = []
    started = time.monotonic()
    info = build_image(messages.append, client=client, recipe=built.recipe)
    assert time.monotonic() - started < 5
    assert messages == []
    assert info.tag == tag
    assert info.id == client.images.get(tag).id
    assert info.size_bytes > 10_000_000
