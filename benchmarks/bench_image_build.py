"""Time the sandbox image build: from scratch, again (idempotent), after a runner change; size.

    python benchmarks/bench_image_build.py [--mode auto|offline|registry] [--keep]

Works on a snapshot of the shipped recipe under other image names (evalperf-bench-base,
evalperf-bench-sandbox), so it never removes or replaces the images other work relies on, and
"from scratch" really starts with no base (a fresh base import shares no build cache).
The offline path needs root (debootstrap). The bench images are removed at the end unless --keep.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from evalperf.sandbox import image
from evalperf.sandbox.image import BuildMode, ImageInfo, Recipe, build_image, remove_images

BENCH_IMAGE_REPOSITORY = "evalperf-bench-sandbox"
BENCH_BASE_REPOSITORY = "evalperf-bench-base"


class Clock:
    """Progress callback that keeps timestamped messages (and shows them with -v)."""

    def __init__(self, verbose: bool) -> None:
        self.verbose = verbose
        self.start = time.monotonic()
        self.messages: list[tuple[float, str]] = []

    def restart(self) -> None:
        self.start = time.monotonic()
        self.messages = []

    def __call__(self, message: str) -> None:
        elapsed = time.monotonic() - self.start
        self.messages.append((elapsed, message))
        if self.verbose:
            print(f"  [{elapsed:7.1f} s] {message}", flush=True)

    def first(self, prefix: str) -> float | None:
        return next((t for t, m in self.messages if m.startswith(prefix)), None)


def snapshot_recipe(root: Path) -> Recipe:
    shipped = Recipe.default()
    shutil.copytree(shipped.sandboxes_dir, root / "sandboxes", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(shipped.runner_dir, root / "runner", ignore=shutil.ignore_patterns("__pycache__"))
    return Recipe(root / "sandboxes", root / "runner", BENCH_IMAGE_REPOSITORY, BENCH_BASE_REPOSITORY)


def change_one_runner_file(recipe: Recipe) -> str:
    """Append a comment to one runner file (a .py file if there is one); return its name."""
    files = sorted(recipe.runner_dir.glob("*.py")) or [recipe.runner_dir / "region.c"]
    target = files[0]
    comment = "#" if target.suffix == ".py" else "//"
    with target.open("a", encoding="utf-8") as handle:
        handle.write(f"\n{comment} bench change {time.time()}\n")
    return target.name


def timed_build(clock: Clock, mode: BuildMode, recipe: Recipe) -> tuple[float, ImageInfo]:
    clock.restart()
    started = time.monotonic()
    info = build_image(clock, mode=mode, recipe=recipe)
    return time.monotonic() - started, info


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mode", choices=image.BUILD_MODES, default="auto")
    parser.add_argument("--keep", action="store_true", help="keep the bench images")
    parser.add_argument("-v", "--verbose", action="store_true", help="show the build progress")
    args = parser.parse_args()

    client = image.connect()
    clock = Clock(args.verbose)
    with tempfile.TemporaryDirectory(prefix="evalperf-bench-") as root:
        recipe = snapshot_recipe(Path(root))
        removed = remove_images(client, recipe=recipe)
        if removed:
            print(f"removed earlier bench images: {', '.join(removed)}")
        try:
            scratch_s, first = timed_build(clock, args.mode, recipe)
            base_done = clock.first("base ")
            probe = clock.first("no registry")
            again_s, again = timed_build(clock, args.mode, recipe)
            changed = change_one_runner_file(recipe)
            rebuild_s, second = timed_build(clock, args.mode, recipe)
            base = client.images.get(first.tag).labels.get(image.LABEL_BASE, "?")
            base_size = client.images.get(base).attrs["Size"] if base != "?" else 0
        finally:
            if not args.keep:
                remove_images(client, recipe=recipe)

    rows = [
        ("build from scratch (no images)", f"{scratch_s:8.1f} s", first.tag),
        ("build again (image exists)", f"{again_s:8.3f} s", again.tag),
        (f"rebuild after a change to {changed}", f"{rebuild_s:8.1f} s", second.tag),
    ]
    if probe is not None:
        rows.insert(0, ("registry probe, then offline", f"{probe:8.1f} s", ""))
    if base_done is not None:
        rows.insert(len(rows) - 2, ("  of which base ready after", f"{base_done:8.1f} s", base))
    print(f"mode {args.mode}; Python {first.python_version}, valgrind {first.valgrind_version}")
    for name, figure, note in rows:
        print(f"{name:<42} {figure}   {note}")
    print(f"{'image size':<42} {second.size_bytes / 1e6:8.1f} MB (base {base_size / 1e6:.1f} MB)")
    load = os.getloadavg()
    print(f"{'load average at the end (1, 5 min)':<42} {load[0]:8.2f} {load[1]:.2f} on {os.cpu_count()} CPUs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
