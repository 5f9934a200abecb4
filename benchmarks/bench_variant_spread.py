"""How far valgrind counts of semantically identical programs spread: sets the tier tolerance.

For built-in tiers (default: the two fastest of every task, where a fixed spread weighs most),
measure the tier and four variants that do exactly the same work, each as its own profile job
(no de-duplication), under the valgrind meter:
  comments   comment lines and blank lines added (same AST)
  renamed    every local name of the module's functions renamed (AST rewritten, re-formatted)
  imports    `import heapq, collections, socket` added at module level
  formatted  the code re-formatted by ast.unparse, with a docstring-free blank-line layout
  docstring  a long docstring added to the module (what a model often writes; same work)
The spread of a tier is max |c_variant - c_tier| / c_tier over total costs (module + calls);
the report gives the maximum per task and overall, which docs/scores.md turns into epsilon.

    python benchmarks/bench_variant_spread.py [--sandbox local|docker] [--tiers all|fastest2] [--out F.json]
        [--suite NAME[:PATH]] [--tasks ID,ID]

--suite measures another suite's tiers (evalperf-curated: tiers clustered from pool solutions).
"""

from __future__ import annotations

import argparse
import ast
import builtins
import json
import time
from pathlib import Path
from typing import Any

from evalperf.evaluate.jobs import profile_payload
from evalperf.evaluate.profile import read_profile
from evalperf.evaluate.scheduler import Scheduler
from evalperf.meters.choose import meter_payload
from evalperf.meters.spec import profile_limits
from evalperf.sandbox import create_sandbox
from evalperf.sandbox.base import JobResult, Limits, SandboxSettings
from evalperf.tasks.suites import load_suite

KEEP = set(dir(builtins))


class _Rename(ast.NodeTransformer):
    """Rename the names bound inside functions (parameters and assignments), consistently."""

    def __init__(self, local: set[str]) -> None:
        self.local = local

    def visit_Name(self, node: ast.Name) -> ast.AST:
        if node.id in self.local:
            node.id = f"{node.id}_v"
        return node

    def visit_arg(self, node: ast.arg) -> ast.AST:
        if node.arg in self.local:
            node.arg = f"{node.arg}_v"
        return node


def renamed(code: str) -> str:
    tree = ast.parse(code)
    local: set[str] = set()
    for fn in ast.walk(tree):
        if isinstance(fn, (ast.FunctionDef, ast.Lambda)):
            for arg in [*fn.args.args, *fn.args.kwonlyargs, *fn.args.posonlyargs]:
                local.add(arg.arg)
            for node in ast.walk(fn):
                if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
                    local.add(node.id)
    # keyword arguments in calls use parameter names: leave any name used as a keyword alone
    keywords = {k.arg for k in ast.walk(tree) if isinstance(k, ast.keyword) and k.arg}
    globals_ = {n.name for n in tree.body if isinstance(n, (ast.FunctionDef, ast.ClassDef))}
    for node in ast.walk(tree):
        if isinstance(node, (ast.Global, ast.Nonlocal)):
            globals_.update(node.names)
    local -= KEEP | keywords | globals_
    return ast.unparse(_Rename(local).visit(tree)) + "\n"


def variants(code: str) -> dict[str, str]:
    return {
        "comments": "# a comment a model wrote\n\n" + code.replace("\n", "\n# explained\n", 3) + "\n\n# end\n",
        "renamed": renamed(code),
        "imports": "import heapq\nimport collections\nimport socket\n" + code,
        "formatted": ast.unparse(ast.parse(code)).replace("\n", "\n\n", 2) + "\n",
        "docstring": '"""' + "What this module does, explained at length. " * 12 + '"""\n' + code,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sandbox", default="docker")
    parser.add_argument("--tiers", choices=["all", "fastest2"], default="fastest2")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--tasks", default="", help="comma-separated task ids (default: all)")
    parser.add_argument("--suite", default="builtin", help="suite NAME[:PATH] (default: builtin)")
    args = parser.parse_args()
    suite = load_suite(args.suite)
    limits = profile_limits("valgrind", Limits())
    jobs: list[tuple[str, int, str, str]] = []  # task, tier, variant name, code
    wanted = set(filter(None, args.tasks.split(",")))
    for task in suite.tasks:
        if wanted and task.task_id not in wanted:
            continue
        tiers = range(len(task.tiers)) if args.tiers == "all" else range(max(0, len(task.tiers) - 2), len(task.tiers))
        for k in tiers:
            code = task.tiers[k].code
            jobs.append((task.task_id, k, "plain", code))
            jobs += [(task.task_id, k, name, text) for name, text in variants(code).items()]
    start = time.perf_counter()
    with create_sandbox(args.sandbox, SandboxSettings(workers=args.jobs)) as box:
        meter = meter_payload("valgrind", box.region_library())
        payloads = [profile_payload(suite.get(t), code, meter, limits) for t, _, _, code in jobs]
        costs: dict[tuple[str, int, str], float | None] = {}

        def done(index: int, result: JobResult) -> None:
            task_id, k, name, _ = jobs[index]
            profile = read_profile(result, len(suite.get(task_id).levels), None)
            costs[(task_id, k, name)] = profile.cost

        Scheduler(box).run_all("variants", payloads, on_result=done)
    per_task: dict[str, float] = {}
    worst: dict[str, Any] = {"spread": 0.0}
    failed = []
    for (task_id, k, name), cost in costs.items():
        if name == "plain":
            continue
        plain = costs[(task_id, k, "plain")]
        if cost is None or plain is None:
            failed.append((task_id, k, name))
            continue
        spread = abs(cost - plain) / plain
        per_task[task_id] = max(per_task.get(task_id, 0.0), spread)
        if spread > worst["spread"]:
            worst = {"spread": spread, "task": task_id, "tier": k, "variant": name, "plain": plain, "cost": cost}
    ordered = sorted(per_task.values())
    report = {
        "jobs": len(jobs),
        "wall_s": time.perf_counter() - start,
        "tasks": len(per_task),
        "max_spread": ordered[-1] if ordered else None,
        "median_task_spread": ordered[len(ordered) // 2] if ordered else None,
        "p90_task_spread": ordered[int(0.9 * (len(ordered) - 1))] if ordered else None,
        "worst": worst,
        "failed": failed,
        "per_task": dict(sorted(per_task.items(), key=lambda kv: -kv[1])),
    }
    text = json.dumps(report, indent=2)
    print(text)
    if args.out:
        args.out.write_text(text)


if __name__ == "__main__":
    main()
