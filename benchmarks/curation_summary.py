"""Summarize a curation report (curation.json): tasks kept, tiers per task, tier spread, time.

    python benchmarks/curation_summary.py tasks/evalperf-curated/curation.json

Prints, over the report's tasks: how many were curated (and validated) and dropped, with the
reasons counted; the distribution of tiers per curated task; the slowest / fastest tier ratio's
quartiles; and the curation time summed over tasks (each task's own seconds, as recorded).
"""

from __future__ import annotations

import argparse
import collections
import json
import statistics
from pathlib import Path


def _quartiles(values: list[float]) -> str:
    if len(values) < 2:
        return ", ".join(f"{v:.1f}x" for v in values) or "-"
    q1, q2, q3 = statistics.quantiles(values, n=4)
    return f"min {min(values):.1f}x, Q1 {q1:.1f}x, median {q2:.1f}x, Q3 {q3:.1f}x, max {max(values):.1f}x"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("report", type=Path)
    args = parser.parse_args()
    tasks = json.loads(args.report.read_text(encoding="utf-8"))["tasks"]
    for prefix in ("HumanEval/", "Mbpp/", ""):
        chosen = {k: v for k, v in tasks.items() if k.startswith(prefix)}
        if not chosen:
            continue
        kept = [v for v in chosen.values() if v["status"] == "curated"]
        tiers = collections.Counter(len(v["cluster_sizes"]) for v in kept)
        ratios = [float(v["slowest_over_fastest"]) for v in kept if v.get("slowest_over_fastest")]
        reasons: collections.Counter[str] = collections.Counter()
        for v in chosen.values():
            if v["status"] != "curated":
                reasons[v["status"] + ": " + "; ".join(r.split(",")[0] for r in v.get("reasons", []))] += 1
        seconds = sum(float(v.get("seconds") or 0) for v in chosen.values())
        print(f"== {prefix or 'all'}: {len(kept)}/{len(chosen)} curated")
        print("   tiers per task:", ", ".join(f"{k}: {tiers[k]}" for k in sorted(tiers)))
        print("   slowest / fastest tier:", _quartiles(ratios))
        print(f"   curation time (sum of the tasks' own): {seconds / 60:.1f} min")
        for reason, count in reasons.most_common():
            print(f"   {count} x {reason}")


if __name__ == "__main__":
    main()
