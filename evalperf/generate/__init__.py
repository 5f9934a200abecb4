"""Generation: model backends, prompt styles, the sanitizer, the resumable samples store.

    generate_samples(suite, GenerateOptions(...), progress) -> GenerateReport

writes ``<results>/<model>/<run>/samples.jsonl``, which `evaluate` reads as is.
"""

from evalperf.generate.backends import BACKEND_CHOICES, BackendConfig, Sampling, guess_backend
from evalperf.generate.retry import RetryPolicy
from evalperf.generate.runner import GenerateOptions, GenerateReport, generate_samples
from evalperf.generate.sanitize import Sanitized, sanitize
from evalperf.generate.templates import load_style, style_names

__all__ = [
    "BACKEND_CHOICES",
    "BackendConfig",
    "GenerateOptions",
    "GenerateReport",
    "RetryPolicy",
    "Sampling",
    "Sanitized",
    "generate_samples",
    "guess_backend",
    "load_style",
    "sanitize",
    "style_names",
]
