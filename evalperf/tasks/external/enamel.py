"""ENAMEL (q-rz/enamel): 142 HumanEval problems with expert solutions and input generators.

Mapping onto the task model (see docs/decisions/external-suites.md):
- levels: ENAMEL's input levels 1..3 (sizes from ``input_levels``) with hardness 3, 3, 4;
  level 0 (hardness 0, small inputs) holds the correctness tests (8 cases, as ENAMEL).
  One case per stress level (cid 0, often the adversarial one). Level seed = 100 lid + cid;
  the generator reseeds Python's ``random`` as ENAMEL does (998244353 ^ problem ^ case).
- tests: generated in the sandbox at level 0; expected outputs from the expert solution.
- checker: ENAMEL's ``__check`` runs in the sandbox for the few problems whose checker
  is not plain equality; the others compare outputs exactly on the host (same verdict).
- tiers: HumanEval's canonical solution (optional: an anchor only where clearly slower),
  then the expert solution. eff@k uses ENAMEL's single limit alpha * max_l t*_l.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from evalperf.errors import ConfigError, TaskError
from evalperf.tasks.external.cache import SuiteCache, source_digest
from evalperf.tasks.external.enamel_helpers import HELPERS
from evalperf.tasks.external.hub import hub_rows
from evalperf.tasks.model import Level, PendingTests, Suite, Task, Tier

CONVERTER_VERSION = b"enamel-1"
CSV_NAME = "enamel.csv"
REFERENCES_NAME = "enamel-references.json"
CANONICAL_NAME = "humaneval-canonical.json"
HUB_DATASET = "q-rz/enamel"
HUB_SPLIT = "ENAMEL_HumanEval"  # as listed on the data set card; not verifiable offline
# problems ENAMEL leaves out of its 142 (efficiency does not matter for them)
EXCLUDED = frozenset(
    {2, 23, 41, 45, 53, 60, 71, 92, 97, 99, 102, 123, 124, 135, 137, 138, 144, 148, 156, 157, 159, 160}
)
HARDNESS = (0.0, 3.0, 3.0, 4.0)
TESTS_PER_LEVEL = (8, 4, 4, 4)  # ENAMEL's cases per level; the seeds follow this layout
STRESS_CASE = 0
SEED_BASE = 998244353
EXACT_CHECKER = "return type(output) == type(answer) and output == answer"
OFFLINE = "pass enamel:PATH with a local copy of q-rz/enamel (dataset/enamel.csv, samples/*.json)"

_GENERATOR_TAIL = """

__evalperf_problem = {problem}
__evalperf_offsets = {offsets}


def generate(seed, scale):
    lid, cid = divmod(seed, 100)
    random.seed({base} ^ __evalperf_problem ^ (__evalperf_offsets[lid] + cid))
    return list(generate_input(scale, lid, cid))


def case(i):
    return generate(i, {size0})
"""


def _generator(row: dict[str, str], problem: int, sizes: list[int]) -> str:
    offsets = tuple(sum(TESTS_PER_LEVEL[:j]) for j in range(len(TESTS_PER_LEVEL)))
    tail = _GENERATOR_TAIL.format(problem=problem, offsets=offsets, base=SEED_BASE, size0=sizes[0])
    # the prompt comes first, as in ENAMEL: generators may use its imports and helper functions
    return HELPERS + "\n" + row["prompt"] + "\n" + row["input_generator"] + tail


def _checker(row: dict[str, str]) -> str | None:
    body = row["checker"].strip()
    if body.splitlines()[-1].strip() == EXACT_CHECKER and len(body.splitlines()) == 2:
        return None
    # outputs reach the checker as JSON data, where tuples are lists
    body = body.replace("type(output) == tuple", "type(output) in (tuple, list)")
    return row["prompt"] + "\n    pass\n" + body + "\n\ncheck = __check\n"


def _task(row: dict[str, str], problem: int, expert: str, canonical: str | None) -> Task:
    task_id = row["task_id"]
    try:
        sizes = [int(s) for s in row["input_levels"].split()]
    except ValueError as exc:
        raise TaskError(f"enamel {task_id}: bad input_levels {row['input_levels']!r}") from exc
    if len(sizes) != len(HARDNESS):
        raise TaskError(f"enamel {task_id}: {len(sizes)} input levels, expected {len(HARDNESS)}")
    generator = _generator(row, problem, sizes)
    levels = tuple(Level(100 * lid + STRESS_CASE, sizes[lid], HARDNESS[lid]) for lid in range(1, len(sizes)))
    tiers = [Tier("enamel-expert", expert, "expert")]
    if canonical is not None and canonical.strip() != expert.strip():
        tiers.insert(0, Tier("humaneval-canonical", canonical, "HumanEval canonical", optional=True))
    checker = _checker(row)
    return Task(
        task_id=task_id,
        title=f"{row['entry_point']} (ENAMEL)",
        category="humaneval",
        prompt=row["prompt"],
        entry_point=row["entry_point"],
        tests=(),
        generator=generator,
        levels=levels,
        tiers=tuple(tiers),
        compare="exact" if checker is None else "float",
        suite="enamel",
        pending=PendingTests(oracle=expert, source=generator, count=TESTS_PER_LEVEL[0]),
        checker=checker,
        eff_limit="max",
    )


def build_suite(rows: list[dict[str, str]], experts: list[str] | None, canonicals: list[str] | None) -> Suite:
    """The 142 ENAMEL tasks from the CSV rows and the optional solution sets (indexed by problem)."""
    tasks = []
    for problem, row in enumerate(rows):
        if problem in EXCLUDED:
            continue
        missing = [k for k in ("task_id", "prompt", "input_generator", "input_levels", "entry_point") if not row.get(k)]
        if missing:
            raise TaskError(f"enamel row {problem}: missing {', '.join(missing)}")
        expert = experts[problem] if experts else row["prompt"] + row["reference_solution"]
        canonical = canonicals[problem] if canonicals else None
        tasks.append(_task(row, problem, expert, canonical))
    return Suite("enamel", tuple(tasks))


def _read_json_list(path: Path, count: int) -> list[str] | None:
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise TaskError(f"{path}: cannot read: {exc}") from exc
    if not isinstance(data, list) or len(data) != count:
        raise TaskError(f"{path}: expected a list of {count} solutions")
    # a solution set holds a list of samples per problem in some releases: take the first
    return [str(d[0] if isinstance(d, list) else d) for d in data]


def _read_csv(text: str) -> list[dict[str, str]]:
    csv.field_size_limit(1 << 28)
    return list(csv.DictReader(io.StringIO(text)))


def load_enamel(path: Path | None) -> Suite:
    """ENAMEL from a local copy (the folder with enamel.csv, or the CSV itself), else from the hub."""
    cache = SuiteCache()
    if path is None:
        try:
            rows: list[dict[str, Any]] = hub_rows(HUB_DATASET, HUB_SPLIT, "enamel", OFFLINE)
        except ConfigError:
            cached = cache.read("enamel", "hub")
            if cached is None:
                raise
            return cached
        suite = build_suite([{k: str(v) for k, v in r.items()} for r in rows], None, None)
        cache.write(suite, "hub")
        return suite
    folder = path if path.is_dir() else path.parent
    csv_path = path if path.is_file() else folder / CSV_NAME
    if not csv_path.is_file():
        raise ConfigError(f"suite enamel: {csv_path} not found (expected ENAMEL's {CSV_NAME})")
    extra = [folder / REFERENCES_NAME, folder / CANONICAL_NAME]
    parts = [CONVERTER_VERSION, csv_path.read_bytes(), *(p.read_bytes() if p.is_file() else b"" for p in extra)]

    def build() -> Suite:
        rows = _read_csv(parts[1].decode("utf-8"))
        return build_suite(rows, _read_json_list(extra[0], len(rows)), _read_json_list(extra[1], len(rows)))

    return cache.load("enamel", source_digest(*parts), build)
