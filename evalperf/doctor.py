"""`evalperf doctor`: what works on this machine, and the fix for what does not.

A check is *required* when the default `evalperf evaluate` cannot work without it (Python,
Docker and the sandbox image, an instruction-counting meter, a writable cache); the others
(the perf meter when valgrind works) only widen what the machine can do. The CLI exits
non-zero when a required check fails.
"""

from __future__ import annotations

import shutil
import sys
from dataclasses import dataclass, replace

from evalperf.errors import EvalperfError
from evalperf.paths import cache_location
from evalperf.store.outputs import check_writable


@dataclass(frozen=True)
class Check:
    """One line of the doctor's report."""

    name: str
    ok: bool
    detail: str
    fix: str = ""
    required: bool = True
    # why an optional check's failure does not matter to the default evaluation
    optional_because: str = "another check covers it"

    @property
    def broken(self) -> bool:
        """True when a check the default evaluation needs fails."""
        return self.required and not self.ok


def _docker() -> list[Check]:
    try:
        import docker
        from docker.errors import DockerException
    except ImportError:
        return [Check("docker", False, "the docker Python SDK is not installed", "pip install docker")]
    try:
        client = docker.from_env(timeout=5)
        version = client.version().get("Version", "?")
    except DockerException as exc:
        return [
            Check(
                "docker",
                False,
                f"engine not reachable: {exc}",
                "start the Docker engine and make its socket accessible (or set DOCKER_HOST)",
            )
        ]
    checks = [Check("docker", True, f"engine {version} reachable")]
    try:
        from evalperf.sandbox.image import find_image, image_tag

        info = find_image(client)
        if info is None:
            checks.append(Check("sandbox image", False, f"{image_tag()} is not built", "evalperf sandbox build"))
        else:
            checks.append(Check("sandbox image", True, f"{info.tag} ({info.size_bytes / 1e6:.0f} MB)"))
    except ImportError:
        pass
    except EvalperfError as exc:
        checks.append(Check("sandbox image", False, str(exc), "evalperf sandbox build"))
    return checks


def _meters() -> list[Check]:
    from evalperf.meters.choose import probe
    from evalperf.sandbox.base import SandboxSettings
    from evalperf.sandbox.local import LocalSandbox

    checks = []
    valgrind = shutil.which("valgrind")
    if valgrind is None:
        checks.append(
            Check(
                "valgrind",
                False,
                "valgrind is not on PATH",
                "install valgrind (Debian/Ubuntu: apt-get install valgrind)",
            )
        )
    region = None
    try:
        from evalperf.meters.region import region_library

        region = str(region_library())
        checks.append(Check("valgrind region library", True, region))
    except EvalperfError as exc:
        checks.append(Check("valgrind region library", False, str(exc), "apt-get install gcc valgrind"))
    with LocalSandbox(SandboxSettings(workers=1)) as sandbox:
        problem = probe(sandbox, "perf", None)
        checks.append(
            Check(
                "perf meter (hardware instructions)",
                problem is None,
                problem or "perf_event_open counts instructions",
                "run on a machine (or VM) that exposes the PMU; check /proc/sys/kernel/perf_event_paranoid <= 2"
                if problem
                else "",
            )
        )
        if valgrind is not None and region is not None:
            problem = probe(sandbox, "valgrind", region)
            checks.append(
                Check(
                    "valgrind meter",
                    problem is None,
                    problem or "callgrind counts the call",
                    "see the message above" if problem else "",
                )
            )
    # one instruction counter is enough (`--meter auto` takes perf, else valgrind): with one
    # working, the other's problems are shown but not required
    counts = any(c.ok for c in checks if c.name in ("perf meter (hardware instructions)", "valgrind meter"))
    return [replace(c, required=not counts) for c in checks]


def _cache() -> list[Check]:
    folder, source = cache_location()
    chosen = {"default": "default", "XDG_CACHE_HOME": "from $XDG_CACHE_HOME"}.get(
        source, f"from --cache-dir or ${source}"
    )
    try:
        check_writable(folder, "the cache", folder=True)
    except EvalperfError as exc:
        return [Check("cache", False, f"{folder} ({chosen}): {exc}", "give a writable folder: --cache-dir DIR")]
    cached = len(list((folder / "references").glob("*.json"))) if (folder / "references").is_dir() else 0
    return [Check("cache", True, f"{folder} ({chosen}; {cached} reference profile(s) cached)")]


def _cluster() -> list[Check]:
    from evalperf.cluster.config import INSTALL_HINT, require_distributed

    try:
        require_distributed()
    except EvalperfError:
        missing = "Dask's distributed is not installed"
        return [Check("dask", False, missing, INSTALL_HINT, required=False, optional_because="only --cluster needs it")]
    from importlib.metadata import version

    return [Check("dask", True, f"distributed {version('distributed')}, for --cluster", required=False)]


def run_checks() -> list[Check]:
    """Every check, in the order they are shown."""
    checks = [Check("python", sys.version_info >= (3, 10), sys.version.split()[0], "use Python 3.10 or newer")]
    checks.extend(_meters())
    checks.extend(_docker())
    checks.extend(_cache())
    checks.extend(_cluster())
    return checks
