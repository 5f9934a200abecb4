"""Reference profiles cached on disk, keyed by task content, meter and environment.

Only deterministic meters are cached: their counts do not depend on machine load, so a
second model evaluated on the same suite in the same environment profiles no reference.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from evalperf.evaluate.profile import Profile
from evalperf.paths import cache_dir
from evalperf.store.outputs import write_atomic

CACHE_FORMAT = 2  # 2: the module's execution is measured (load_cost)


class ReferenceCache:
    """A folder of JSON files, one per (task content, tier, meter, environment)."""

    def __init__(self, root: Path | None = None, enabled: bool = True) -> None:
        self.root = root if root is not None else cache_dir() / "references"
        self.enabled = enabled
        self.hits = 0
        self.misses = 0

    @staticmethod
    def key(task_hash: str, tier: int, meter: str, environment: dict[str, Any]) -> str:
        """Cache key: what the measured count depends on, hashed."""
        body = json.dumps(
            {"format": CACHE_FORMAT, "task": task_hash, "tier": tier, "meter": meter, "env": environment},
            sort_keys=True,
        )
        return hashlib.sha256(body.encode()).hexdigest()

    def get(self, key: str) -> Profile | None:
        """The cached profile, or None."""
        if not self.enabled:
            return None
        path = self.root / f"{key}.json"
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            load, cpu = data.get("load_cost"), data.get("cpu_s")
            profile = Profile(
                status="ok",
                level_costs=tuple(float(c) for c in data["level_costs"]),
                digests=tuple(data["digests"]),
                load_cost=None if load is None else float(load),
                cpu_s=None if cpu is None else float(cpu),
            )
        except (OSError, ValueError, KeyError, TypeError):
            self.misses += 1
            return None
        self.hits += 1
        return profile

    def put(self, key: str, profile: Profile) -> None:
        """Store an ok profile (atomically; OutputError if it cannot be written)."""
        if not self.enabled or not profile.ok:
            return
        body = {
            "level_costs": list(profile.level_costs),
            "digests": list(profile.digests),
            "load_cost": profile.load_cost,
            "cpu_s": profile.cpu_s,  # what measuring it took: sets the samples' cost cap
        }
        write_atomic(self.root / f"{key}.json", json.dumps(body), "the reference cache entry")
