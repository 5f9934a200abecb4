"""How examples/samples.jsonl was composed (kept for provenance; run from the repository root).

The example stands in for a model's output on the twelve foundation tasks: for each task
some reference tiers (slow to fast, so every DPS tier is hit), plus hand-written samples of
the kinds models produce: off-by-one or misread-statement bugs, a crash on an edge case, a
correct but slower-than-naive solution, an EvalPlus-style completion, and a syntax error.
"""

from __future__ import annotations

import json
from pathlib import Path

from evalperf.tasks import load_task_dir

TASKS = [
    "count_inversions",
    "coin_change_ways",
    "edit_distance",
    "dense_ranks",
    "window_max_total",
    "pairs_sum_at_most",
    "widest_sorted_gap",
    "longest_increasing_subsequence",
    "knapsack_max_value",
    "min_swaps_to_sort",
    "rope_merge_cost",
    "prefix_median_total",
]

NAIVE_TOO = {"knapsack_max_value", "rope_merge_cost"}

HANDWRITTEN = [
    # misreads "equal values do not form an inversion"
    (
        "count_inversions",
        "def count_inversions(values):\n    n = len(values)\n"
        "    return sum(1 for i in range(n) for j in range(i + 1, n) if values[i] >= values[j])\n",
    ),
    # EvalPlus-style completion: the body only, appended to the prompt; correct and naive
    (
        "count_inversions",
        {
            "completion": "    total = 0\n    for i, a in enumerate(values):\n"
            "        for b in values[i + 1:]:\n            total += a > b\n    return total\n"
        },
    ),
    # ranks start at 0 instead of 1
    (
        "dense_ranks",
        "def dense_ranks(values):\n    order = sorted(set(values))\n"
        "    rank = {v: i for i, v in enumerate(order)}\n    return [rank[v] for v in values]\n",
    ),
    # correct, but rebuilds the sorted list at every step: slower than every tier
    (
        "dense_ranks",
        "def dense_ranks(values):\n    out = []\n    for v in values:\n"
        "        distinct = sorted(set(values))\n        out.append(distinct.index(v) + 1)\n    return out\n",
    ),
    # correct, between tiers: sorts once but looks ranks up with list.index on the distinct values
    (
        "dense_ranks",
        "import bisect\n\ndef dense_ranks(values):\n    distinct = sorted(set(values))\n"
        "    return [bisect.bisect_left(distinct, v) + 1 for v in values]\n",
    ),
    # crashes on an empty list
    (
        "widest_sorted_gap",
        "def widest_sorted_gap(values):\n    s = sorted(values)\n    return max(b - a for a, b in zip(s, s[1:]))\n",
    ),
    # forgets that k may exceed the length
    (
        "window_max_total",
        "def window_max_total(values, k):\n"
        "    return sum(max(values[i:i + k]) for i in range(len(values) - k + 1)) if values else 0\n",
    ),
    # counts pairs with i == j too
    (
        "pairs_sum_at_most",
        "def pairs_sum_at_most(values, limit):\n"
        "    return sum(1 for a in values for b in values if a + b <= limit) // 2\n",
    ),
    # syntax error (an unfinished model answer)
    ("edit_distance", "def edit_distance(a, b):\n    prev = list(range(len(b) + 1)\n"),
    # greedy longest run instead of subsequence
    (
        "longest_increasing_subsequence",
        "def longest_increasing_subsequence(values):\n"
        "    best = run = 0\n    prev = None\n    for v in values:\n"
        "        run = run + 1 if prev is not None and v > prev else 1\n        best = max(best, run)\n"
        "        prev = v\n    return best\n",
    ),
    # greedy by value density: wrong for 0/1 knapsack
    (
        "knapsack_max_value",
        "def knapsack_max_value(weights, values, capacity):\n"
        "    items = sorted(zip(weights, values), key=lambda wv: -wv[1] / wv[0])\n    total = 0\n"
        "    for w, v in items:\n        if w <= capacity:\n            capacity -= w\n            total += v\n"
        "    return total\n",
    ),
]


def main() -> None:
    lines = []
    for task_id in TASKS:
        task = load_task_dir(Path("tasks") / task_id)
        # every tier for the first task; elsewhere a middle tier and the fastest, and the
        # naive tier on a few tasks (naive tiers dominate the profiling time)
        if task_id == "count_inversions":
            picks: list[int] = list(range(len(task.tiers)))
        else:
            picks = sorted({len(task.tiers) // 2, len(task.tiers) - 1} | ({0} if task_id in NAIVE_TOO else set()))
        for k in picks:
            lines.append({"task_id": task_id, "solution": task.tiers[k].code})
    for task_id, code in HANDWRITTEN:
        lines.append({"task_id": task_id, **(code if isinstance(code, dict) else {"solution": code})})
    out = Path("examples/samples.jsonl")
    out.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    print(f"wrote {len(lines)} samples to {out}")


if __name__ == "__main__":
    main()
