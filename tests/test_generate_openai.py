"""The openai backend and the generation runner against a real local HTTP server speaking OpenAI's protocol.

Chat and completions, plain and streamed; retries on 429 (Retry-After honoured), 5xx, dropped
connections and timeouts; and the failures that must stop a run with one clear line: a bad
API key (401), an unknown model (404), an unreachable server, with nothing generated lost.
"""

from __future__ import annotations

import json
import socket
import time
from pathlib import Path
from typing import Any

import pytest

from evalperf.errors import ConfigError, GenerationError
from evalperf.generate import BackendConfig, GenerateOptions, RetryPolicy, Sampling, generate_samples
from evalperf.tasks.builtin import load_builtin_suite
from tests.openai_server import DEFAULT_ANSWER, Failure, FakeOpenAI, serve

SUITE = load_builtin_suite(Path(__file__).parent / "data" / "mini_suite")
FAST_RETRY = RetryPolicy(max_attempts=4, base_delay=0.01, max_delay=0.05, jitter=False)


def _options(server: FakeOpenAI | None, tmp_path: Path, **changes: Any) -> GenerateOptions:
    backend = BackendConfig(
        kind="openai",
        model=changes.pop("model", "test-model"),
        base_url=changes.pop("base_url", server.base_url if server else None),
        api_key=changes.pop("api_key", "sk-test"),
        request_timeout=changes.pop("request_timeout", 10.0),
        stream=changes.pop("stream", False),
    )
    defaults: dict[str, Any] = {
        "backend": backend,
        "sampling": Sampling(temperature=0.8, top_p=0.95, max_tokens=256, seed=7),
        "n_samples": 3,
        "results_dir": tmp_path / "results",
        "concurrency": 2,
        "retry": FAST_RETRY,
    }
    defaults.update(changes)
    return GenerateOptions(**defaults)


def _records(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("stream", [False, True], ids=["plain", "stream"])
def test_chat_generation_writes_raw_sanitized_params_and_usage(tmp_path: Path, stream: bool) -> None:
    with serve() as server:
        report = generate_samples(SUITE, _options(server, tmp_path, stream=stream, prompt_style="perf-instruct"))
        requests = server.generation_requests()
    assert report.generated == 3 and report.reused == 0 and report.total == 3
    assert report.samples_path == tmp_path / "results" / "test-model" / "perf-instruct-t0.8-n3" / "samples.jsonl"
    records = sorted(_records(report.samples_path), key=lambda r: r["index"])
    assert [r["index"] for r in records] == [0, 1, 2]
    for record in records:
        assert record["task_id"] == "pair_sums" and record["raw"] == DEFAULT_ANSWER
        assert record["solution"].startswith("def pair_sums(values: list[int]) -> int:")
        assert "```" not in record["solution"] and record["sanitize"]["status"] == "ok"
        assert record["usage"]["prompt_tokens"] > 0 and record["usage"]["completion_tokens"] > 0
        assert record["params"] == {"temperature": 0.8, "top_p": 0.95, "max_tokens": 256, "seed": 7 + record["index"]}
        assert record["finish_reason"] == "stop" and record["attempts"] == 1
    assert report.prompt_tokens == sum(r["usage"]["prompt_tokens"] for r in records)
    # what went over the wire
    assert {r.path for r in requests} == {"/v1/chat/completions"}
    body = requests[0].body
    assert body["model"] == "test-model" and body["temperature"] == 0.8 and body["max_tokens"] == 256
    assert body["messages"][-1]["role"] == "user" and "def pair_sums" in body["messages"][-1]["content"]
    assert "efficient" in body["messages"][-1]["content"]
    assert bool(body.get("stream")) is stream
    assert sorted(r.body["seed"] for r in requests) == [7, 8, 9]
    assert requests[0].headers["authorization"] == "Bearer sk-test"
    manifest = json.loads((report.run_dir / "run.json").read_text())
    assert manifest["n_samples"] == 3 and manifest["prompt_style"] == "perf-instruct"
    assert "sk-test" not in json.dumps(manifest)


@pytest.mark.parametrize("stream", [False, True], ids=["plain", "stream"])
def test_base_style_uses_the_completions_endpoint_and_continues_the_prompt(tmp_path: Path, stream: bool) -> None:
    with serve() as server:
        report = generate_samples(SUITE, _options(server, tmp_path, stream=stream, prompt_style="base", n_samples=1))
        (request,) = server.generation_requests()
    assert request.path == "/v1/completions"
    assert request.body["prompt"] == SUITE.tasks[0].prompt and "\nif __name__" in request.body["stop"]
    (record,) = _records(report.samples_path)
    namespace: dict[str, Any] = {}
    exec(record["solution"], namespace)
    assert namespace["pair_sums"]([1, 2, 3]) == 11
    assert record["solution"].startswith(SUITE.tasks[0].prompt)


def test_plan_then_code_sends_two_turns_and_keeps_both_answers(tmp_path: Path) -> None:
    def answer(body: dict[str, Any]) -> str:
        return "PLAN: use the square of the sum" if len(body["messages"]) <= 2 else DEFAULT_ANSWER

    with serve(answer=answer) as server:
        report = generate_samples(SUITE, _options(server, tmp_path, prompt_style="plan-then-code", n_samples=1))
        requests = server.generation_requests()
    assert len(requests) == 2
    second = requests[1].body["messages"]
    assert [m["role"] for m in second] == ["system", "user", "assistant", "user"]
    assert second[2]["content"] == "PLAN: use the square of the sum"
    (record,) = _records(report.samples_path)
    assert record["turns"] == ["PLAN: use the square of the sum", DEFAULT_ANSWER]
    assert record["sanitize"]["status"] == "ok"


def test_429_with_retry_after_is_waited_for_then_retried(tmp_path: Path) -> None:
    with serve() as server:
        server.failures.append(Failure(429, {"Retry-After": "1"}, "Rate limit reached"))
        started = time.monotonic()
        report = generate_samples(SUITE, _options(server, tmp_path, n_samples=1, concurrency=1))
        elapsed = time.monotonic() - started
        times = [r.at for r in server.generation_requests()]
    assert report.generated == 1 and report.retried_requests == 1
    assert len(times) == 2 and times[1] - times[0] >= 0.95  # the server's Retry-After, not the 10 ms backoff
    assert elapsed < 5
    (record,) = _records(report.samples_path)
    assert record["attempts"] == 2


def test_429_pauses_every_worker(tmp_path: Path) -> None:
    with serve(latency=0.05) as server:
        server.failures.append(Failure(429, {"Retry-After": "1"}))
        generate_samples(SUITE, _options(server, tmp_path, n_samples=4, concurrency=4))
        times = sorted(r.at for r in server.generation_requests())
    # four requests go out at once; one is told to wait; nobody sends again within the pause
    assert len(times) == 5
    assert times[4] - times[0] >= 0.95


def test_server_errors_and_dropped_connections_are_retried_with_backoff(tmp_path: Path) -> None:
    with serve() as server:
        server.failures.extend([Failure(503, message="overloaded"), Failure(drop=True), Failure(500)])
        report = generate_samples(SUITE, _options(server, tmp_path, n_samples=1, concurrency=1))
    (record,) = _records(report.samples_path)
    assert record["attempts"] == 4 and record["sanitize"]["status"] == "ok"


def test_persistent_errors_give_up_after_max_attempts(tmp_path: Path) -> None:
    with serve() as server:
        server.fail_after = (0, Failure(503, message="overloaded"))
        with pytest.raises(GenerationError, match=r"answered 503 .*overloaded.*gave up after 4 attempts"):
            generate_samples(SUITE, _options(server, tmp_path, n_samples=2, concurrency=1))
        assert len(server.generation_requests()) == 4  # the run stopped: no second sample was tried


def test_request_timeout_is_retried_then_reported(tmp_path: Path) -> None:
    with serve(latency=1.0) as server:
        options = _options(server, tmp_path, n_samples=1, request_timeout=0.3)
        options = GenerateOptions(**{**options.__dict__, "retry": RetryPolicy(max_attempts=2, base_delay=0.01)})
        with pytest.raises(GenerationError, match=r"did not answer within 0.3 s .*gave up after 2 attempts"):
            generate_samples(SUITE, options)


def test_bad_api_key_stops_with_one_clear_line(tmp_path: Path) -> None:
    with serve() as server:
        with pytest.raises(GenerationError) as caught:
            generate_samples(SUITE, _options(server, tmp_path, api_key="sk-wrong"))
        assert server.generation_requests() == []  # refused at the preflight, before any sample
    message = str(caught.value)
    assert "refused the API key (401: Incorrect API key provided.)" in message and "OPENAI_API_KEY" in message
    assert "\n" not in message


def test_unknown_model_names_the_served_ones(tmp_path: Path) -> None:
    with serve(models=("test-model", "other-model")) as server, pytest.raises(GenerationError) as caught:
        generate_samples(SUITE, _options(server, tmp_path, model="gpt-nope"))
    message = str(caught.value)
    assert "model 'gpt-nope' not found at" in message and "does not exist" in message
    assert "the server serves: other-model, test-model" in message
    assert "0/3 samples are in" in message and "\n" not in message


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_unreachable_server_fails_fast(tmp_path: Path) -> None:
    url = f"http://127.0.0.1:{_closed_port()}/v1"
    started = time.monotonic()
    with pytest.raises(GenerationError, match=r"cannot reach the model server at .*is the server running\?"):
        generate_samples(SUITE, _options(None, tmp_path, base_url=url))
    assert time.monotonic() - started < 5


def test_no_key_for_openai_itself_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="set OPENAI_API_KEY"):
        generate_samples(SUITE, _options(None, tmp_path, base_url=None, api_key=None))


def test_local_server_needs_no_key(tmp_path: Path) -> None:
    with serve(api_key=None) as server:
        report = generate_samples(SUITE, _options(server, tmp_path, api_key=None, n_samples=1))
        assert server.generation_requests()[0].headers["authorization"] == "Bearer EMPTY"
    assert report.generated == 1


def test_key_revoked_mid_run_keeps_everything_generated_and_the_rerun_finishes(tmp_path: Path) -> None:
    with serve() as server:
        server.fail_after = (3, Failure(401, message="Incorrect API key provided."))
        kept = r"refused the API key.*\[3/6 samples are in .*continues from there\]"
        with pytest.raises(GenerationError, match=kept):
            generate_samples(SUITE, _options(server, tmp_path, n_samples=6, concurrency=1))
        options = _options(server, tmp_path, n_samples=6, concurrency=1)
        path = options.results_dir / "test-model" / "instruct-t0.8-n6" / "samples.jsonl"
        assert len(_records(path)) == 3
        server.fail_after = None
        before = len(server.generation_requests())
        report = generate_samples(SUITE, options)
        assert len(server.generation_requests()) - before == 3
    assert report.reused == 3 and report.generated == 3
    assert sorted(r["index"] for r in _records(path)) == list(range(6))


def test_resuming_with_other_settings_is_refused(tmp_path: Path) -> None:
    with serve() as server:
        generate_samples(SUITE, _options(server, tmp_path, n_samples=1, run_name="mine"))
        changed = _options(server, tmp_path, n_samples=1, run_name="mine", sampling=Sampling(temperature=0.2))
        with pytest.raises(ConfigError, match=r"started with other settings .*sampling"):
            generate_samples(SUITE, changed)
