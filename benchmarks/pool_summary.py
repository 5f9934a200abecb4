"""Tabulate the EvalPerf pool's models evaluated on evalperf-curated (issue 15), one row a model.

    python benchmarks/pool_summary.py results/evalperf-pool/*.json
    python benchmarks/pool_summary.py docs/evalperf-pool/*.json.gz

Reads each results file's ``summary`` (each model on the tasks its own pool file has; gzipped
files are read as they are) and prints a Markdown table sorted by DPS: tasks scored / in the pool
file, samples, pass@1, DPS, DPS_norm and eff@1 (0-100). `evalperf leaderboard` compares the
models on the tasks they share; this table is each model on its own tasks.
"""

from __future__ import annotations

import argparse
import gzip
import json
from pathlib import Path
from typing import Any


def _read(path: Path) -> dict[str, Any]:
    raw = path.read_bytes()
    if path.suffix == ".gz":
        raw = gzip.decompress(raw)
    data = json.loads(raw)
    if not isinstance(data, dict) or not isinstance(data.get("summary"), dict):
        raise SystemExit(f"{path}: not an evalperf results file (no summary)")
    return data


def _model(path: Path) -> str:
    name = path.name
    for suffix in (".gz", ".json"):
        name = name.removesuffix(suffix)
    return name


def _pct(value: object) -> str:
    return "-" if not isinstance(value, (int, float)) else f"{100 * value:.1f}"


def _score(value: object) -> str:
    return "-" if not isinstance(value, (int, float)) else f"{value:.1f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("results", type=Path, nargs="+")
    args = parser.parse_args()
    rows = []
    for path in args.results:
        summary = _read(path)["summary"]
        rows.append((_model(path), summary))
    rows.sort(key=lambda row: -(row[1].get("dps") or 0.0))
    print("| # | model | tasks scored / in its pool file | samples | pass@1 | DPS | DPS_norm | eff@1 |")
    print("|---|---|---|---|---|---|---|---|")
    for rank, (model, s) in enumerate(rows, 1):
        print(
            f"| {rank} | {model} | {s['tasks_scored']} / {s['tasks_total']} | {s['samples']} | {_pct(s.get('pass@1'))}"
            f" | {_score(s.get('dps'))} | {_score(s.get('dps_norm'))} | {_pct(s.get('eff@1'))} |"
        )
    print(f"\n{len(rows)} model(s).")


if __name__ == "__main__":
    main()
