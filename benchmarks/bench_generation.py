"""Generation throughput against the local OpenAI-compatible test server, concurrency 1 and 8.

The server (tests/openai_server.py, in its own process) adds a fixed latency to every request,
standing in for the model's compute. If the client were the bottleneck, 8 requests in flight
would not give close to 8x the throughput of 1, and throughput would fall short of the ideal
concurrency / latency. Every sample goes the full way: request, response parsing, sanitizing,
an appended and flushed line in samples.jsonl.

Run from the repository root: python benchmarks/bench_generation.py [--latency 0.05] [--samples 200]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from evalperf.generate import BackendConfig, GenerateOptions, Sampling, generate_samples
from evalperf.tasks.builtin import load_builtin_suite

SUITE = load_builtin_suite(Path("tests/data/mini_suite"))


def measure(base_url: str, concurrency: int, samples: int, stream: bool) -> float:
    """Samples per second of one whole generation run."""
    with tempfile.TemporaryDirectory() as results:
        options = GenerateOptions(
            backend=BackendConfig("openai", "test-model", base_url, "sk-test", stream=stream),
            sampling=Sampling(temperature=1.0),
            n_samples=samples,
            results_dir=Path(results),
            concurrency=concurrency,
        )
        started = time.perf_counter()
        report = generate_samples(SUITE, options)
        elapsed = time.perf_counter() - started
        assert report.generated == samples and report.sanitize == {"ok": samples}
    return samples / elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--latency", type=float, default=0.05)
    parser.add_argument("--samples", type=int, default=200, help="samples per run at concurrency 8")
    args = parser.parse_args()
    for latency in (args.latency, 0.0):
        server = subprocess.Popen(
            [sys.executable, "-m", "tests.openai_server", "--latency", str(latency)],
            stdout=subprocess.PIPE,
            text=True,
        )
        try:
            assert server.stdout is not None
            base_url = server.stdout.readline().strip()
            print(f"server latency {latency * 1000:.0f} ms per request")
            for concurrency, stream in ((1, False), (8, False), (8, True)):
                n = args.samples if concurrency > 1 else max(20, args.samples // 8)
                measure(base_url, concurrency, 4, stream)  # warm-up: imports, connections
                rate = measure(base_url, concurrency, n, stream)
                ideal = f"{concurrency / latency:6.1f}" if latency else "     -"
                print(
                    f"  concurrency {concurrency}{' stream' if stream else '       '}  {n:4d} samples  "
                    f"{rate:7.1f} req/s  (ideal {ideal} req/s)"
                )
        finally:
            server.terminate()
            server.wait()


if __name__ == "__main__":
    main()
