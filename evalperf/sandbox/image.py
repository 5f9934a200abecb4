"""The Docker sandbox image: find it, build it offline or from a registry base, remove it.

The image is two layers of responsibility, tagged separately so that each is rebuilt only when
its own recipe changes:

* the **base** (python3 and valgrind), ``evalperf-base:<hash12 of the base recipe>``. Offline it
  is a Debian bookworm minbase made by ``sandboxes/debootstrap-base.sh`` from the host's
  configured Debian mirror and ``docker import``-ed (minutes, needs root); with a registry it is
  ``sandboxes/Dockerfile.base-registry`` on top of the official Python image;
* the **sandbox** image, ``evalperf-sandbox:<hash12 of content_hash()>``: ``sandboxes/Dockerfile``
  adds the runner (``evalperf/_runner/``), a prebuilt ``region.so`` and the non-root user
  (seconds).

Every build is checked before it is returned: the new image must import the runner's modules
and count instructions under callgrind as the sandbox user, with no network, a read-only root,
no capabilities and no-new-privileges.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, TypeVar

import docker
import docker.errors

from evalperf.errors import ConfigError, ImageError
from evalperf.paths import RUNNER_DIR, resource_dir

Progress = Callable[[str], None]
BuildMode = Literal["auto", "offline", "registry"]
BaseKind = Literal["offline", "registry"]
BUILD_MODES: tuple[BuildMode, ...] = ("auto", "offline", "registry")

IMAGE_REPOSITORY = "evalperf-sandbox"
BASE_REPOSITORY = "evalperf-base"
LABEL_CONTENT_HASH = "org.evalperf.content-hash"
LABEL_PYTHON = "org.evalperf.python"
LABEL_VALGRIND = "org.evalperf.valgrind"
LABEL_BASE = "org.evalperf.base"

RUNNER_PATH = "/opt/evalperf"
REGION_SO_PATH = f"{RUNNER_PATH}/region.so"
SANDBOX_USER = "10001:10001"

DOCKERFILE = "Dockerfile"
REGISTRY_BASE_DOCKERFILE = "Dockerfile.base-registry"
OFFLINE_BASE_SCRIPT = "debootstrap-base.sh"
# The suite debootstrap-base.sh installs; used here only to pick the matching host mirror.
DEBIAN_SUITE = "bookworm"
DEFAULT_DEBIAN_MIRROR = "http://deb.debian.org/debian"

# How long the registry may take to answer before mode "auto" goes offline. Where no registry
# is reachable the engine fails at once (DNS error); this bounds a registry that hangs.
REGISTRY_PROBE_TIMEOUT_S = 15.0
# Upper bounds for one container run while probing or checking an image (valgrind start-up
# inside a container takes a few seconds).
CHECK_TIMEOUT_S = 120.0
DOCKER_TIMEOUT_S = 120

# region.so: position independent, no libc, so one build serves every base. Part of the hash.
REGION_CFLAGS: tuple[str, ...] = ("-shared", "-fPIC", "-O2", "-nostdlib")
# Bump when this module changes what goes into the image in a way the recipe files do not show.
_BUILD_FORMAT = "evalperf-image-1"
# Files of the recipe folders that never go into the image.
_SKIP_DIRS = frozenset({"__pycache__"})
_SKIP_SUFFIXES = (".pyc", ".pyo", ".so", ".o", "~", ".swp")

# The modules the sandbox must provide (the runner and typical candidates use them).
REQUIRED_MODULES: tuple[str, ...] = (
    "json", "ctypes", "resource", "signal", "select", "hashlib", "random",
    "bisect", "heapq", "collections", "itertools", "functools", "math",
)  # fmt: skip

_T = TypeVar("_T")


@dataclass(frozen=True)
class Recipe:
    """Where the image recipe comes from and how its images are named.

    The default is the recipe shipped with evalperf; tests and benchmarks pass copies (and other
    repository names) so that they never touch the real folders or images.
    """

    sandboxes_dir: Path
    runner_dir: Path
    image_repository: str = IMAGE_REPOSITORY
    base_repository: str = BASE_REPOSITORY

    @classmethod
    def default(cls) -> Recipe:
        """The recipe shipped with evalperf."""
        try:
            sandboxes = resource_dir("sandboxes")
        except FileNotFoundError as exc:
            raise ImageError(f"the sandbox recipe is missing from this installation: {exc}") from exc
        return cls(sandboxes_dir=sandboxes, runner_dir=RUNNER_DIR)


@dataclass(frozen=True)
class ImageInfo:
    """A sandbox image present in the Docker engine."""

    tag: str
    id: str
    size_bytes: int
    python_version: str | None
    valgrind_version: str | None
    content_hash: str | None


# ---------------------------------------------------------------------------------------------
# Hashes and tags (no Docker needed)


def _recipe_files(directory: Path) -> list[tuple[str, Path]]:
    """The files of ``directory`` that go into the image, as (relative posix path, path), sorted."""
    if not directory.is_dir():
        raise ImageError(f"sandbox recipe folder {directory} does not exist")
    found: list[tuple[str, Path]] = []
    for path in directory.rglob("*"):
        relative = path.relative_to(directory)
        if any(part in _SKIP_DIRS or part.startswith(".") for part in relative.parts):
            continue
        if path.name.endswith(_SKIP_SUFFIXES) or not path.is_file():
            continue
        found.append((relative.as_posix(), path))
    return sorted(found)


def _hash_files(digest: Any, section: str, files: list[tuple[str, Path]]) -> None:
    for relative, path in files:
        data = path.read_bytes()
        digest.update(f"{section}/{relative}\0{len(data)}\0".encode())
        digest.update(data)


def _snapshot(recipe: Recipe, target: Path) -> Recipe:
    """A copy of the recipe files under ``target`` (same image names)."""
    copies: list[Path] = []
    for source, name in ((recipe.sandboxes_dir, "sandboxes"), (recipe.runner_dir, "runner")):
        copy = target / name
        copy.mkdir(parents=True)
        for relative, path in _recipe_files(source):
            (copy / relative).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, copy / relative)
        copies.append(copy)
    return Recipe(copies[0], copies[1], recipe.image_repository, recipe.base_repository)


def content_hash(recipe: Recipe | None = None) -> str:
    """sha256 (hex) over everything that goes into the sandbox image, in a stable order.

    Covers the ``sandboxes/`` recipe (both base recipes included) and the runner files, by
    relative path and content, so it does not depend on where the checkout lives.
    """
    recipe = recipe or Recipe.default()
    digest = hashlib.sha256()
    digest.update(f"{_BUILD_FORMAT}\0cflags={' '.join(REGION_CFLAGS)}\0".encode())
    _hash_files(digest, "sandboxes", _recipe_files(recipe.sandboxes_dir))
    _hash_files(digest, "runner", _recipe_files(recipe.runner_dir))
    return digest.hexdigest()


def image_tag(recipe: Recipe | None = None) -> str:
    """The tag of the sandbox image for the current recipe, e.g. ``evalperf-sandbox:0123456789ab``."""
    recipe = recipe or Recipe.default()
    return f"{recipe.image_repository}:{content_hash(recipe)[:12]}"


def _base_recipe_file(kind: BaseKind, recipe: Recipe) -> Path:
    name = OFFLINE_BASE_SCRIPT if kind == "offline" else REGISTRY_BASE_DOCKERFILE
    path = recipe.sandboxes_dir / name
    if not path.is_file():
        raise ImageError(f"sandbox base recipe {path} is missing")
    return path


def base_hash(kind: BaseKind, recipe: Recipe | None = None) -> str:
    """sha256 (hex) of one base recipe only: a runner change does not touch the base."""
    recipe = recipe or Recipe.default()
    digest = hashlib.sha256(f"{_BUILD_FORMAT}\0base={kind}\0".encode())
    digest.update(_base_recipe_file(kind, recipe).read_bytes())
    return digest.hexdigest()


def base_tag(kind: BaseKind, recipe: Recipe | None = None) -> str:
    """The tag of a base image, e.g. ``evalperf-base:0123456789ab``."""
    recipe = recipe or Recipe.default()
    return f"{recipe.base_repository}:{base_hash(kind, recipe)[:12]}"


def registry_base_reference(recipe: Recipe | None = None) -> str:
    """The image the registry base starts from: the ``FROM`` of ``Dockerfile.base-registry``."""
    recipe = recipe or Recipe.default()
    path = _base_recipe_file("registry", recipe)
    for line in path.read_text(encoding="utf-8").splitlines():
        words = line.split()
        if len(words) >= 2 and words[0].upper() == "FROM":
            return words[1]
    raise ImageError(f"{path} has no FROM line")


def host_debian_mirror(apt_dir: Path = Path("/etc/apt"), suite: str = DEBIAN_SUITE) -> str:
    """The host's configured Debian mirror for ``suite`` (main), or deb.debian.org if none."""
    sources: list[Path] = []
    if (apt_dir / "sources.list").is_file():
        sources.append(apt_dir / "sources.list")
    if (apt_dir / "sources.list.d").is_dir():
        sources.extend(sorted((apt_dir / "sources.list.d").iterdir()))
    for path in sources:
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        if path.suffix == ".list" or path.name == "sources.list":
            found = _mirror_from_one_line_format(text, suite)
        elif path.suffix == ".sources":
            found = _mirror_from_deb822(text, suite)
        else:
            found = None
        if found:
            return found
    return DEFAULT_DEBIAN_MIRROR


def _mirror_from_one_line_format(text: str, suite: str) -> str | None:
    for line in text.splitlines():
        words = [w for w in line.split("#", 1)[0].split() if w]
        if words and words[0] == "deb" and len(words) > 1 and words[1].startswith("["):
            while len(words) > 1 and not words[1].endswith("]"):
                del words[1]
            del words[1]
        if len(words) >= 4 and words[0] == "deb" and words[2] == suite and "main" in words[3:]:
            return words[1]
    return None


def _mirror_from_deb822(text: str, suite: str) -> str | None:
    for paragraph in text.split("\n\n"):
        fields: dict[str, list[str]] = {}
        for line in paragraph.splitlines():
            if line.startswith("#") or ":" not in line or line[:1].isspace():
                continue
            key, value = line.split(":", 1)
            fields[key.strip().lower()] = value.split()
        if (
            "deb" in fields.get("types", [])
            and suite in fields.get("suites", [])
            and "main" in fields.get("components", [])
            and fields.get("enabled", ["yes"])[0].lower() != "no"
            and fields.get("uris")
        ):
            return fields["uris"][0]
    return None


# ---------------------------------------------------------------------------------------------
# Docker


def connect(timeout_s: int = DOCKER_TIMEOUT_S) -> Any:
    """A Docker client from the environment (DOCKER_HOST ...), or ImageError if unreachable."""
    try:
        client = docker.from_env(timeout=timeout_s)
        client.ping()
    except (docker.errors.DockerException, OSError) as exc:
        raise ImageError(f"cannot reach the Docker engine: {exc}") from exc
    return client


def find_image(client: Any = None, *, recipe: Recipe | None = None) -> ImageInfo | None:
    """The sandbox image of the current recipe if the engine has it, else None."""
    return _find(client or connect(), image_tag(recipe))


def _find(client: Any, tag: str) -> ImageInfo | None:
    try:
        image = client.images.get(tag)
    except docker.errors.ImageNotFound:
        return None
    except (docker.errors.DockerException, OSError) as exc:
        raise ImageError(f"cannot inspect image {tag}: {exc}") from exc
    labels: dict[str, str] = image.labels or {}
    return ImageInfo(
        tag=tag,
        id=image.id,
        size_bytes=int(image.attrs.get("Size", 0)),
        python_version=labels.get(LABEL_PYTHON),
        valgrind_version=labels.get(LABEL_VALGRIND),
        content_hash=labels.get(LABEL_CONTENT_HASH),
    )


def build_image(
    progress: Progress,
    *,
    force: bool = False,
    mode: BuildMode = "auto",
    client: Any = None,
    recipe: Recipe | None = None,
    mirror: str | None = None,
) -> ImageInfo:
    """Make sure the sandbox image of the current recipe exists, building what is missing.

    Returns at once when the tagged image exists, unless ``force`` (which rebuilds base and
    image from scratch). ``mode``: ``offline`` builds the base with debootstrap from ``mirror``
    (default: the host's configured Debian mirror; needs root), ``registry`` from the official
    Python image, ``auto`` reuses an existing base, else uses the registry if it answers within
    REGISTRY_PROBE_TIMEOUT_S, else goes offline. Progress messages go to ``progress``.
    """
    if mode not in BUILD_MODES:
        raise ConfigError(f"unknown image build mode {mode!r}; choose one of {', '.join(BUILD_MODES)}")
    recipe = recipe or Recipe.default()
    client = client or connect()
    if not force and (found := _find(client, image_tag(recipe))) is not None:
        return found
    with _build_lock(), tempfile.TemporaryDirectory(prefix="evalperf-image-") as workdir:
        # Build from a snapshot, so that the hash in the tag and label describes exactly what
        # went in even when the runner files are edited during the build.
        frozen = _snapshot(recipe, Path(workdir) / "recipe")
        digest = content_hash(frozen)
        tag = f"{recipe.image_repository}:{digest[:12]}"
        # Another process may have built it while this one waited for the lock.
        if not force and (found := _find(client, tag)) is not None:
            return found
        base, kind = _ensure_base(client, progress, mode=mode, force=force, recipe=frozen, mirror=mirror)
        python_version, valgrind_version = _base_versions(client, base)
        progress(f"base {base} ({kind}): Python {python_version}, valgrind {valgrind_version}")
        labels = {
            LABEL_CONTENT_HASH: digest,
            LABEL_PYTHON: python_version,
            LABEL_VALGRIND: valgrind_version,
            LABEL_BASE: base,
        }
        context = Path(workdir) / "context"
        _assemble_context(context, frozen, labels)
        progress(f"building {tag} on {base}")
        _docker_build(client, progress, context, tag, {"BASE": base}, {}, nocache=force)
    progress(f"checking {tag}")
    try:
        _check_image(client, tag)
    except ImageError:
        _untag(client, tag)  # never leave a tag that find_image would take for a good image
        raise
    found = _find(client, tag)
    if found is None:
        raise ImageError(f"the build of {tag} finished but the engine does not list the image")
    progress(f"{tag} ready ({found.size_bytes / 1e6:.0f} MB)")
    return found


def remove_images(client: Any = None, *, recipe: Recipe | None = None, keep_current: bool = False) -> list[str]:
    """Remove the sandbox and base images (all tags of both repositories); return the removed tags.

    With ``keep_current`` the image of the current recipe and its bases are kept (a cleanup of
    images left by older recipes).
    """
    recipe = recipe or Recipe.default()
    client = client or connect()
    keep: set[str] = set()
    if keep_current:
        keep = {image_tag(recipe), base_tag("offline", recipe), base_tag("registry", recipe)}
    removed: list[str] = []
    failed: list[str] = []
    # Sandbox images first: they are children of the bases.
    for repository in (recipe.image_repository, recipe.base_repository):
        try:
            tags = [tag for found in client.images.list(name=repository) for tag in found.tags]
        except (docker.errors.DockerException, OSError) as exc:
            raise ImageError(f"cannot list the {repository} images: {exc}") from exc
        for tag in tags:
            if tag.split(":", 1)[0] != repository or tag in keep:
                continue
            try:
                client.images.remove(tag)
                removed.append(tag)
            except (docker.errors.DockerException, OSError) as exc:  # e.g. used by a container
                failed.append(f"{tag} ({_first_line(str(exc))})")
    if failed:
        raise ImageError(f"removed {len(removed)} images but not: {'; '.join(failed)}")
    return removed


# ---------------------------------------------------------------------------------------------
# Base


def _ensure_base(
    client: Any, progress: Progress, *, mode: BuildMode, force: bool, recipe: Recipe, mirror: str | None
) -> tuple[str, BaseKind]:
    """The tag and kind of a base image ready to build on, building one if needed."""
    if mode != "auto":
        kind: BaseKind = mode
        tag = base_tag(kind, recipe)
        if force or _find(client, tag) is None:
            _build_base(client, progress, kind, tag, recipe=recipe, mirror=mirror, nocache=force)
        return tag, kind
    for kind in ("offline", "registry"):
        tag = base_tag(kind, recipe)
        if _find(client, tag) is not None:
            if force:
                _build_base(client, progress, kind, tag, recipe=recipe, mirror=mirror, nocache=True)
            return tag, kind
    reference = registry_base_reference(recipe)
    reason = _registry_unusable(client, reference)
    if reason is None:
        tag = base_tag("registry", recipe)
        try:
            _build_base(client, progress, "registry", tag, recipe=recipe, mirror=mirror, nocache=force)
            return tag, "registry"
        except ImageError as exc:
            progress(f"registry base failed ({exc}); building the base offline instead")
    else:
        progress(f"no registry ({reason}); building the base offline")
    tag = base_tag("offline", recipe)
    _build_base(client, progress, "offline", tag, recipe=recipe, mirror=mirror, nocache=force)
    return tag, "offline"


def _build_base(
    client: Any,
    progress: Progress,
    kind: BaseKind,
    tag: str,
    *,
    recipe: Recipe,
    mirror: str | None,
    nocache: bool,
) -> None:
    if kind == "offline":
        _build_offline_base(client, progress, tag, recipe=recipe, mirror=mirror)
    else:
        _build_registry_base(client, progress, tag, recipe=recipe, nocache=nocache)
    progress(f"probing the base {tag}")
    _label_base(client, tag)


def _build_registry_base(client: Any, progress: Progress, tag: str, *, recipe: Recipe, nocache: bool) -> None:
    reference = registry_base_reference(recipe)
    if _find(client, reference) is None:
        progress(f"pulling {reference}")
        _pull(client, reference)
    with tempfile.TemporaryDirectory(prefix="evalperf-base-") as context:
        shutil.copyfile(_base_recipe_file("registry", recipe), Path(context) / DOCKERFILE)
        progress(f"building base {tag} from {reference}")
        _docker_build(client, progress, Path(context), tag, {}, {LABEL_BASE: reference}, nocache=nocache)


def _registry_unusable(client: Any, reference: str) -> str | None:
    """None if ``reference`` is local or the registry answers about it quickly, else why not."""
    if _find(client, reference) is not None:
        return None
    try:
        _with_deadline(lambda: client.api.inspect_distribution(reference), REGISTRY_PROBE_TIMEOUT_S)
    except TimeoutError:
        return f"no answer about {reference} within {REGISTRY_PROBE_TIMEOUT_S:.0f} s"
    except (docker.errors.DockerException, OSError) as exc:
        return _first_line(str(exc))
    return None


def _pull(client: Any, reference: str) -> None:
    repository, _, tag = reference.rpartition(":") if ":" in reference.split("/")[-1] else (reference, "", "")
    try:
        client.images.pull(repository, tag=tag or "latest")
    except (docker.errors.DockerException, OSError) as exc:
        raise ImageError(f"cannot pull {reference}: {_first_line(str(exc))}") from exc


def _build_offline_base(client: Any, progress: Progress, tag: str, *, recipe: Recipe, mirror: str | None) -> None:
    if os.geteuid() != 0:
        raise ImageError(
            "building the offline sandbox base needs root (debootstrap); run the image build once "
            "as root, or where an image registry is reachable use mode 'registry'"
        )
    if shutil.which("debootstrap") is None:
        raise ImageError("building the offline sandbox base needs debootstrap: apt-get install debootstrap")
    script = _base_recipe_file("offline", recipe)
    mirror = mirror or host_debian_mirror()
    with tempfile.TemporaryDirectory(prefix="evalperf-base-") as workdir:
        archive = Path(workdir) / "rootfs.tar"
        _run_streaming(["bash", str(script), str(archive), mirror], progress, what="debootstrap-base.sh")
        progress(f"importing the root filesystem as {tag}")
        repository, _, version = tag.rpartition(":")
        try:
            answer = client.api.import_image(
                src=str(archive), repository=repository, tag=version, changes=['CMD ["python3"]']
            )
        except (docker.errors.DockerException, OSError) as exc:
            raise ImageError(f"docker import of the sandbox base failed: {exc}") from exc
    error = _stream_error(answer)
    if error is not None or _find(client, tag) is None:
        raise ImageError(f"docker import of the sandbox base failed: {error or 'image not created'}")


def _stream_error(answer: Any) -> str | None:
    """The error message inside a JSON-lines answer of the engine, if any."""
    text = answer if isinstance(answer, str) else json.dumps(answer)
    for line in text.splitlines():
        try:
            item = json.loads(line)
        except ValueError:
            continue
        if isinstance(item, dict) and item.get("error"):
            return str(item["error"])
    return None


_PROBE = f"import platform, {', '.join(REQUIRED_MODULES)}; print(platform.python_version())"


def _label_base(client: Any, tag: str) -> None:
    """Probe the new base ``tag`` and re-tag it with its Python and valgrind versions as labels.

    The probe container is committed (it changes no file), so later builds read the versions
    from the labels instead of starting a container. A base that fails the probe loses its tag.
    """
    container = None
    try:
        command = ["sh", "-c", f'python3 -c "{_PROBE}" && valgrind --tool=callgrind --version']
        container = client.containers.run(
            tag, command, detach=True, network_mode="none", read_only=True, tmpfs={"/tmp": "size=64m"}
        )
        status = container.wait(timeout=CHECK_TIMEOUT_S)
        out: str = container.logs(stdout=True, stderr=False).decode("utf-8", "replace")
        err: str = container.logs(stdout=False, stderr=True).decode("utf-8", "replace")
        words = out.split()
        if status.get("StatusCode") != 0 or len(words) != 2 or not words[1].startswith("valgrind-"):
            raise ImageError(f"the base {tag} lacks Python modules or valgrind: {out.strip()} {err.strip()[-2000:]}")
        labels = {LABEL_PYTHON: words[0], LABEL_VALGRIND: words[1].removeprefix("valgrind-")}
        repository, _, version = tag.rpartition(":")
        label_line = "LABEL " + " ".join(f"{k}={json.dumps(v)}" for k, v in sorted(labels.items()))
        container.commit(repository=repository, tag=version, changes=[label_line, 'CMD ["python3"]'])
    except ImageError:
        _untag(client, tag)
        raise
    except (docker.errors.DockerException, OSError) as exc:
        _untag(client, tag)
        raise ImageError(f"cannot probe the base {tag}: {exc}") from exc
    finally:
        if container is not None:
            with contextlib.suppress(docker.errors.DockerException, OSError):
                container.remove(force=True)


def _base_versions(client: Any, base: str) -> tuple[str, str]:
    """Python and valgrind versions of ``base`` from its labels (probing once if it has none)."""
    info = _find(client, base)
    if info is None or info.python_version is None or info.valgrind_version is None:
        _label_base(client, base)
        info = _find(client, base)
    if info is None or info.python_version is None or info.valgrind_version is None:
        raise ImageError(f"the base {base} carries no version labels")
    return info.python_version, info.valgrind_version


def _untag(client: Any, tag: str) -> None:
    with contextlib.suppress(docker.errors.DockerException, OSError):
        client.images.remove(tag)


# ---------------------------------------------------------------------------------------------
# Sandbox layer


def _assemble_context(context: Path, recipe: Recipe, labels: dict[str, str]) -> None:
    """Dockerfile (+ one LABEL line), runner/ and region.so in ``context``, readable by all."""
    dockerfile = (recipe.sandboxes_dir / DOCKERFILE).read_text(encoding="utf-8")
    # One LABEL instruction: the engine's ``labels`` build option adds one step per label, and
    # each step costs seconds here. json.dumps quotes the values the way Dockerfiles accept.
    label_line = "LABEL " + " ".join(f"{key}={json.dumps(value)}" for key, value in sorted(labels.items()))
    context.mkdir(exist_ok=True)
    (context / DOCKERFILE).write_text(f"{dockerfile.rstrip()}\n{label_line}\n", encoding="utf-8")
    runner = context / "runner"
    for relative, path in _recipe_files(recipe.runner_dir):
        target = runner / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target)
        target.chmod(0o755 if os.access(path, os.X_OK) else 0o644)
    for directory in (runner, *(p for p in runner.rglob("*") if p.is_dir())):
        directory.chmod(0o755)
    _compile_region(recipe.runner_dir / "region.c", context / "region.so")


def _compile_region(source: Path, output: Path) -> None:
    compiler = shutil.which("gcc")
    if compiler is None:
        raise ImageError("building the sandbox image needs gcc for region.so: apt-get install gcc valgrind")
    if not source.is_file():
        raise ImageError(f"{source} is missing")
    try:
        done = subprocess.run(
            [compiler, *REGION_CFLAGS, "-o", str(output), str(source)],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise ImageError(f"cannot compile {source.name}: {exc}") from exc
    if done.returncode != 0:
        hint = " (valgrind/callgrind.h comes with: apt-get install valgrind)" if "callgrind.h" in done.stderr else ""
        raise ImageError(f"cannot compile {source.name}{hint}: {done.stderr.strip()}")
    output.chmod(0o644)


def _docker_build(
    client: Any,
    progress: Progress,
    context: Path,
    tag: str,
    buildargs: dict[str, str],
    labels: dict[str, str],
    *,
    nocache: bool,
) -> None:
    try:
        for chunk in client.api.build(
            path=str(context),
            tag=tag,
            buildargs=buildargs,
            labels=labels,
            rm=True,
            forcerm=True,
            pull=False,
            nocache=nocache,
            decode=True,
        ):
            if "error" in chunk:
                raise ImageError(f"docker build of {tag} failed: {str(chunk['error']).strip()}")
            line = str(chunk.get("stream", "")).strip()
            if line:
                progress(line)
    except (docker.errors.DockerException, OSError) as exc:
        raise ImageError(f"docker build of {tag} failed: {exc}") from exc


# Run inside the new image as the sandbox user: count one small call under callgrind.
_CHECK = """
import ctypes, subprocess, sys
inner = '''
import ctypes
lib = ctypes.CDLL("@REGION_SO@")
callback = ctypes.CFUNCTYPE(ctypes.c_long)(lambda: sum(i * i for i in range(2000)) % 1000)
lib.evalperf_measure.argtypes = [ctypes.CFUNCTYPE(ctypes.c_long)]
lib.evalperf_measure.restype = ctypes.c_long
print(lib.evalperf_measure(callback), lib.evalperf_running_on_valgrind())
'''
done = subprocess.run(
    ["valgrind", "--tool=callgrind", "--collect-atstart=no", "--callgrind-out-file=/tmp/check.out",
     sys.executable, "-c", inner],
    capture_output=True, text=True, env={"PATH": "/usr/local/bin:/usr/bin:/bin", "PYTHONHASHSEED": "0"},
)
if done.returncode != 0 or done.stdout.split() != ["0", "1"]:
    sys.exit("valgrind run failed: " + done.stdout + done.stderr[-2000:])
summary = [l for l in open("/tmp/check.out.1") if l.startswith("summary:")]
if not summary or int(summary[0].split()[1]) <= 0:
    sys.exit("no instructions counted")
print(summary[0].split()[1])
""".replace("@REGION_SO@", REGION_SO_PATH)


def _check_image(client: Any, tag: str) -> None:
    out = _run_hardened(client, tag, ["python3", "-c", _CHECK])
    if not out.strip().isdigit():
        raise ImageError(f"the check of {tag} printed {out!r} instead of an instruction count")


# ---------------------------------------------------------------------------------------------
# Helpers


def _run_hardened(client: Any, image: str, command: list[str]) -> str:
    """Run ``command`` in a fresh container of ``image`` confined like a sandbox; return its stdout."""
    options: dict[str, Any] = {
        "network_mode": "none",
        "read_only": True,
        "tmpfs": {"/tmp": "size=64m"},
        "cap_drop": ["ALL"],
        "security_opt": ["no-new-privileges"],
        "user": SANDBOX_USER,
        "mem_limit": "1g",
        "pids_limit": 256,
    }
    container = None
    try:
        container = client.containers.run(image, command, detach=True, **options)
        status = container.wait(timeout=CHECK_TIMEOUT_S)
        out: str = container.logs(stdout=True, stderr=False).decode("utf-8", "replace")
        err: str = container.logs(stdout=False, stderr=True).decode("utf-8", "replace")
    except (docker.errors.DockerException, OSError) as exc:
        raise ImageError(f"cannot run a container of {image}: {exc}") from exc
    finally:
        if container is not None:
            with contextlib.suppress(docker.errors.DockerException, OSError):
                container.remove(force=True)
    if status.get("StatusCode") != 0:
        raise ImageError(f"{command[0]} in {image} exited with {status.get('StatusCode')}: {err.strip()[-2000:]}")
    return out


def _run_streaming(command: list[str], progress: Progress, *, what: str) -> None:
    """Run a host command, passing each output line to ``progress``; ImageError on failure."""
    tail: list[str] = []
    try:
        with subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, errors="replace"
        ) as process:
            assert process.stdout is not None  # stdout=PIPE
            for raw in process.stdout:
                line = raw.rstrip()
                progress(line)
                tail = [*tail[-19:], line]
            code = process.wait()
    except OSError as exc:
        raise ImageError(f"cannot run {what}: {exc}") from exc
    if code != 0:
        raise ImageError(f"{what} failed with exit code {code}:\n" + "\n".join(tail))


def _with_deadline(call: Callable[[], _T], seconds: float) -> _T:
    """``call()`` in a helper thread; TimeoutError if it has not returned within ``seconds``.

    The engine's registry calls carry no client-side timeout; a thread is the only bound. A call
    that times out is left to finish in the background (daemon thread).
    """
    result: list[_T] = []
    failure: list[BaseException] = []

    def target() -> None:
        try:
            result.append(call())
        except BaseException as exc:  # handed to the caller below
            failure.append(exc)

    thread = threading.Thread(target=target, name="evalperf-registry-probe", daemon=True)
    thread.start()
    thread.join(seconds)
    if thread.is_alive():
        raise TimeoutError(f"no answer within {seconds} s")
    if failure:
        raise failure[0]
    return result[0]


@contextlib.contextmanager
def _build_lock() -> Iterator[None]:
    """One image build at a time on this machine (two pools starting together build once).

    Best effort: a lock file another user created and this one cannot open means no lock.
    """
    path = Path(tempfile.gettempdir()) / "evalperf-image-build.lock"
    try:
        handle = path.open("a")
    except OSError:
        try:
            handle = path.open("r")
        except OSError:
            yield
            return
    with handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else text
