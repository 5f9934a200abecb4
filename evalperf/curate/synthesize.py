"""SaS, input synthesis (EvalPerf): a model writes ``perf_input_gen(scale)``; the largest valid input is kept.

The model is asked once per task (through any generation backend; tests replay recorded
answers). Its generator runs in the sandbox like every other piece of outside code, at
scale = 2^1, 2^2, ... up to 2^26, each time making the input and calling the task's fastest
tier on it once, natively, as one check job under the job's time and memory limits (a scale
search needs no instruction count, and a timed job would make the input once per repeat). The search
stops at the first scale that fails: a time limit, a memory limit (or MemoryError), an input
over 64 MB, an integer overflow, the generator raising or returning no argument tuple, or
the reference failing on the input. The largest scale before it is kept when the generator
is deterministic there (two fresh runs give the same input) and every tier of the task
accepts that input and agrees on the output. Everything is recorded: the prompt, the raw
answer, the limits and every attempt.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

from evalperf.curate.stress import StressSource
from evalperf.evaluate.jobs import call_payload
from evalperf.evaluate.scheduler import JobScheduler
from evalperf.generate.backends.base import Backend, Message, Request, Sampling
from evalperf.generate.sanitize import sanitize
from evalperf.sandbox.base import JobResult, Limits
from evalperf.tasks.model import Level, Task

ENTRY = "perf_input_gen"
MAX_EXPONENT = 26
MAX_INPUT_BYTES = 64 * 2**20
SIZE_ERROR = "evalperf-sas: input over 64 MB"
SEED = 0

SYSTEM = "You write Python test-input generators for performance testing. Answer with one Python code block."
PROMPT = """Here is a programming task, a Python function to implement:

```python
{prompt}
```

Write a function `perf_input_gen(scale: int) -> tuple` that returns the positional arguments
of one call of `{entry_point}` as a tuple. The input must be valid for the task (every correct
solution must accept it) and must make inefficient solutions slow: its size and difficulty grow
with `scale`, which will be 2, 4, 8, ... up to 2**26. Use only the standard library; if you need
randomness, use the module-level `random` functions (they are seeded for you). Do not read files,
use the network or print.
"""

# appended to the model's code: the built-in generator interface, the seed and the size limit
WRAPPER = """

def generate(seed, scale):
    import pickle as __evalperf_pickle
    import random as __evalperf_random

    __evalperf_random.seed(seed)
    args = perf_input_gen(scale)
    if not isinstance(args, tuple):
        raise TypeError("perf_input_gen must return a tuple of positional arguments, got " + type(args).__name__)
    size = len(__evalperf_pickle.dumps(args))
    if size > {limit}:
        raise OverflowError("{error} (" + str(size) + " bytes pickled)")
    return list(args)
"""


# the check job of one attempt: the generator in a namespace of its own (its names never meet the
# solution's), its input handed to the entry point once; the outcome is the result's type only
PROBE_ENTRY = "__evalperf_sas_probe"
PROBE = """

__evalperf_sas_namespace = {{"__name__": "perf_input_gen"}}
exec(compile({source!r}, "<perf_input_gen>", "exec"), __evalperf_sas_namespace)


def __evalperf_sas_probe(scale):
    args = __evalperf_sas_namespace["generate"]({seed}, scale)
    return type({entry_point}(*args)).__name__
"""


@dataclass(frozen=True)
class Attempt:
    """One scale tried: the input made and the reference called on it, or why not."""

    scale: int
    status: str  # "ok", or why the search stopped: "timeout", "memory", "too-large", "overflow", "failed"
    message: str = ""
    seconds: float | None = None  # the whole job (making the input, the call), natively, wall clock

    def to_json(self) -> dict[str, Any]:
        """Plain data for the curation report."""
        return {"scale": self.scale, "status": self.status, "message": self.message, "seconds": self.seconds}


@dataclass
class Synthesis:
    """What input synthesis did for one task, and the stress source it found (None: the reason says why)."""

    task_id: str
    model: str
    messages: list[dict[str, str]]
    limits: dict[str, Any]
    raw: str = ""
    code: str | None = None
    attempts: list[Attempt] = field(default_factory=list)
    scale: int | None = None
    reason: str | None = None
    source: StressSource | None = None

    def to_json(self) -> dict[str, Any]:
        """Plain data for the curation report: the prompt, the answer, every attempt, the outcome."""
        return {
            "model": self.model,
            "messages": self.messages,
            "limits": self.limits,
            "raw": self.raw,
            "code": self.code,
            "attempts": [a.to_json() for a in self.attempts],
            "scale": self.scale,
            "reason": self.reason,
            "max_exponent": MAX_EXPONENT,
            "max_input_bytes": MAX_INPUT_BYTES,
        }


def messages_for(task: Task) -> list[Message]:
    """The chat the model is asked (recorded with the synthesis)."""
    return [
        Message("system", SYSTEM),
        Message("user", PROMPT.format(prompt=task.prompt.strip("\n"), entry_point=task.entry_point)),
    ]


def generator_source(code: str) -> str:
    """The model's code as a built-in generator module (``generate(seed, scale)``)."""
    return code.rstrip("\n") + "\n" + WRAPPER.format(limit=MAX_INPUT_BYTES, error=SIZE_ERROR)


def _attempt(scale: int, result: JobResult) -> Attempt:
    message = result.message or result.status
    if result.status == "ok" and result.outcomes:
        outcome = result.outcomes[0]
        if "value" in outcome:
            return Attempt(scale, "ok", "", round(result.elapsed_s, 3))
        message = str(outcome.get("raised") or outcome.get("violation") or outcome.get("unsupported") or outcome)
    if SIZE_ERROR in message:
        return Attempt(scale, "too-large", message)
    if "MemoryError" in message or result.status == "memory":
        return Attempt(scale, "memory", message)
    if "OverflowError" in message:
        return Attempt(scale, "overflow", message)
    if result.status == "timeout":
        return Attempt(scale, "timeout", message)
    return Attempt(scale, "failed", message)


def _probe(task: Task, generator: str, scale: int, code: str, limits: Limits) -> dict[str, Any]:
    """A check job: make the input at ``scale`` and call ``code``'s entry point on it once."""
    module = code.rstrip("\n") + "\n" + PROBE.format(source=generator, seed=SEED, entry_point=task.entry_point)
    return call_payload(module, PROBE_ENTRY, [[scale]], limits)


def _ask(task: Task, backend: Backend, sampling: Sampling) -> str:
    request = Request(task.task_id, 0, 0, 1, sampling, messages=tuple(messages_for(task)))
    [completion] = backend.complete([request])
    return completion.text


def synthesize(task: Task, backend: Backend, model: str, scheduler: JobScheduler, limits: Limits) -> Synthesis:
    """Ask for a generator of ``task``'s stress input and search its largest valid scale (module docstring)."""
    record = Synthesis(task.task_id, model, [m.to_json() for m in messages_for(task)], limits.to_json())
    record.raw = _ask(task, backend, Sampling(temperature=0.0, max_tokens=2048))
    extracted = sanitize(record.raw, ENTRY)
    if not extracted.ok:
        record.reason = f"the answer has no usable {ENTRY}: {extracted.status} {'; '.join(extracted.notes)}".strip()
        return record
    record.code = extracted.code
    generator = generator_source(extracted.code)
    reference = next(t for t in reversed(task.tiers) if not t.optional)
    for exponent in range(1, MAX_EXPONENT + 1):
        scale = 2**exponent
        [result] = scheduler.run_all("synthesize", [_probe(task, generator, scale, reference.code, limits)])
        attempt = _attempt(scale, result)
        record.attempts.append(attempt)
        if attempt.status != "ok":
            break
        record.scale = scale
    if record.scale is None:
        first = record.attempts[0]
        record.reason = f"no valid input at scale 2: {first.status} {first.message}".strip()
        return record
    # the largest scale the generator makes twice alike; digesting a huge input can itself hit a
    # limit, and then the next smaller valid scale is tried (recorded as an attempt)
    while record.scale is not None:
        job = {"kind": "inputs", "generator": generator, "levels": [{"seed": SEED, "scale": record.scale}]}
        twice = scheduler.run_all("synthesize", [job, job])
        failed = next((r for r in twice if r.status != "ok" or not r.levels), None)
        if failed is None:
            if twice[0].levels[0].get("digest") != twice[1].levels[0].get("digest"):
                record.reason = (
                    f"the generator is not deterministic at scale {record.scale} (two runs gave different inputs)"
                )
                return record
            break
        record.attempts.append(
            Attempt(
                record.scale, "failed", f"made again to check determinism: {_attempt(record.scale, failed).message}"
            )
        )
        smaller = [a.scale for a in record.attempts if a.status == "ok" and a.scale < record.scale]
        record.scale = max(smaller) if smaller else None
    if record.scale is None:
        record.reason = "the generator could not be run twice at any valid scale"
        return record
    # every tier must accept the input (whether they agree on it is checked when the pool is profiled)
    tiers = [t for t in task.tiers if not t.optional]
    outputs = scheduler.run_all("synthesize", [_probe(task, generator, record.scale, t.code, limits) for t in tiers])
    for tier, result in zip(tiers, outputs):
        attempt = _attempt(record.scale, result)
        if attempt.status != "ok":
            record.reason = f"tier {tier.name!r} does not accept the input: {attempt.status} {attempt.message}".strip()
            return record
    sha = hashlib.sha256(generator.encode()).hexdigest()
    record.source = StressSource(generator, Level(SEED, record.scale, 1.0), f"synthesized by {model} (SaS)", sha)
    return record
