"""A small OpenAI-compatible HTTP server for tests and benchmarks (standard library only).

Speaks ``POST /v1/chat/completions``, ``POST /v1/completions`` (both plain JSON and
server-sent-event streams, with ``stream_options.include_usage``) and ``GET /v1/models``,
with OpenAI's error bodies. Knobs: the API key it accepts, the models it serves, a fixed
latency per request, scripted failures served before normal answers (any status with
headers, or a dropped connection), and the answer text as a function of the request.
Every request is recorded.
"""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

DEFAULT_ANSWER = (
    "Here is an efficient solution:\n\n```python\ndef pair_sums(values: list[int]) -> int:\n"
    "    total = sum(values)\n    return (total * total - sum(v * v for v in values)) // 2\n```\n\n"
    "It runs in O(n)."
)
DEFAULT_CONTINUATION = "    s = sum(values)\n    return (s * s - sum(v * v for v in values)) // 2\n"


@dataclass
class Failure:
    """A scripted answer served instead of a normal one: an HTTP error, or ``drop`` the connection."""

    status: int = 500
    headers: dict[str, str] = field(default_factory=dict)
    message: str = "scripted failure"
    code: str | None = None
    drop: bool = False


@dataclass
class Seen:
    """One request the server received."""

    method: str
    path: str
    headers: dict[str, str]  # names in lower case
    body: dict[str, Any]
    at: float


def default_answer(body: dict[str, Any]) -> str:
    """The chat answer or the continuation, depending on the endpoint."""
    return DEFAULT_ANSWER if "messages" in body else DEFAULT_CONTINUATION


class FakeOpenAI(ThreadingHTTPServer):
    """The server; start it with ``serve()``."""

    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128

    def __init__(
        self,
        api_key: str | None = "sk-test",
        models: tuple[str, ...] = ("test-model",),
        latency: float = 0.0,
        answer: Callable[[dict[str, Any]], str] = default_answer,
        record: bool = True,
    ) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.api_key = api_key
        self.models = models
        self.latency = latency
        self.answer = answer
        self.record = record
        self.failures: deque[Failure] = deque()
        self.fail_after: tuple[int, Failure] | None = None  # (n, f): every request after the n-th gets f
        self.seen: list[Seen] = []
        self.lock = threading.Lock()
        self.completions = 0

    @property
    def base_url(self) -> str:
        """What a client passes as base_url."""
        return f"http://127.0.0.1:{self.server_address[1]}/v1"

    def generation_requests(self) -> list[Seen]:
        """The completion requests received (not /models)."""
        with self.lock:
            return [s for s in self.seen if s.path.endswith("completions")]


class _Handler(BaseHTTPRequestHandler):
    server: FakeOpenAI
    protocol_version = "HTTP/1.1"
    # headers and body go out in two writes: with Nagle on, the body waits for the client's
    # delayed ACK (~40 ms a request); real servers (uvicorn, vLLM's) set TCP_NODELAY too
    disable_nagle_algorithm = True

    def log_message(self, format: str, *args: Any) -> None:
        pass  # quiet

    # -- plumbing -----------------------------------------------------------------------------

    def _send_json(self, status: int, payload: Any, headers: dict[str, str] | None = None) -> None:
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    def _error(self, status: int, message: str, code: str | None = None, headers: dict[str, str] | None = None) -> None:
        kind = {401: "invalid_request_error", 404: "invalid_request_error", 429: "rate_limit_error"}.get(
            status, "server_error"
        )
        self._send_json(status, {"error": {"message": message, "type": kind, "param": None, "code": code}}, headers)

    def _authorised(self) -> bool:
        key = self.server.api_key
        if key is None or self.headers.get("Authorization") == f"Bearer {key}":
            return True
        self._error(401, "Incorrect API key provided.", "invalid_api_key")
        return False

    def _record(self, body: dict[str, Any]) -> int:
        with self.server.lock:
            if self.server.record:
                self.server.seen.append(
                    Seen(
                        self.command, self.path, {k.lower(): v for k, v in self.headers.items()}, body, time.monotonic()
                    )
                )
            self.server.completions += 1 if self.path.endswith("completions") else 0
            return self.server.completions

    # -- endpoints ----------------------------------------------------------------------------

    def do_GET(self) -> None:
        self._record({})
        if not self._authorised():
            return
        if self.path.rstrip("/") == "/v1/models":
            data = [{"id": m, "object": "model", "created": 0, "owned_by": "tests"} for m in self.server.models]
            self._send_json(200, {"object": "list", "data": data})
        else:
            self._error(404, f"no route {self.path}")

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", "0"))
        try:
            body = json.loads(self.rfile.read(length) or b"{}")
        except ValueError:
            self._error(400, "invalid JSON body")
            return
        number = self._record(body)
        if self.server.latency:
            time.sleep(self.server.latency)
        failure = None
        with self.server.lock:
            if self.server.failures:
                failure = self.server.failures.popleft()
            elif self.server.fail_after is not None and number > self.server.fail_after[0]:
                failure = self.server.fail_after[1]
        if failure is not None:
            if failure.drop:
                self.close_connection = True
                self.connection.shutdown(2)  # the client sees the connection die mid-request
                return
            self._error(failure.status, failure.message, failure.code, failure.headers)
            return
        if not self._authorised():
            return
        path = self.path.rstrip("/")
        if path not in ("/v1/chat/completions", "/v1/completions"):
            self._error(404, f"no route {self.path}")
            return
        model = body.get("model")
        if model not in self.server.models:
            self._error(404, f"The model `{model}` does not exist or you do not have access to it.", "model_not_found")
            return
        chat = path.endswith("chat/completions")
        text = self.server.answer(body)
        prompt_text = json.dumps(body.get("messages")) if chat else str(body.get("prompt"))
        usage = {
            "prompt_tokens": len(prompt_text.split()),
            "completion_tokens": len(text.split()),
            "total_tokens": len(prompt_text.split()) + len(text.split()),
        }
        if body.get("stream"):
            self._stream(body, chat, model, text, usage)
        else:
            self._send_json(200, self._whole(chat, model, text, usage))

    def _whole(self, chat: bool, model: str, text: str, usage: dict[str, int]) -> dict[str, Any]:
        if chat:
            choice: dict[str, Any] = {
                "index": 0,
                "message": {"role": "assistant", "content": text},
                "finish_reason": "stop",
                "logprobs": None,
            }
            kind = "chat.completion"
        else:
            choice = {"index": 0, "text": text, "finish_reason": "stop", "logprobs": None}
            kind = "text_completion"
        return {
            "id": "cmpl-test",
            "object": kind,
            "created": int(time.time()),
            "model": model,
            "choices": [choice],
            "usage": usage,
        }

    def _stream(self, body: dict[str, Any], chat: bool, model: str, text: str, usage: dict[str, int]) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Connection", "close")
        self.end_headers()
        self.close_connection = True
        kind = "chat.completion.chunk" if chat else "text_completion"

        def event(choices: list[dict[str, Any]], extra: dict[str, Any] | None = None) -> None:
            payload = {
                "id": "cmpl-test",
                "object": kind,
                "created": int(time.time()),
                "model": model,
                "choices": choices,
            }
            payload.update(extra or {})
            self.wfile.write(f"data: {json.dumps(payload)}\n\n".encode())
            self.wfile.flush()

        pieces = [text[i : i + 16] for i in range(0, len(text), 16)] or [""]
        for k, piece in enumerate(pieces):
            finish = "stop" if k == len(pieces) - 1 else None
            if chat:
                delta: dict[str, Any] = {"content": piece}
                if k == 0:
                    delta["role"] = "assistant"
                event([{"index": 0, "delta": delta, "finish_reason": finish, "logprobs": None}])
            else:
                event([{"index": 0, "text": piece, "finish_reason": finish, "logprobs": None}])
        if (body.get("stream_options") or {}).get("include_usage"):
            event([], {"usage": usage})
        self.wfile.write(b"data: [DONE]\n\n")
        self.wfile.flush()


@contextmanager
def serve(**options: Any) -> Iterator[FakeOpenAI]:
    """Run a FakeOpenAI in a thread for the duration of the block."""
    server = FakeOpenAI(**options)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


def main() -> None:
    """Serve from a separate process: ``python -m tests.openai_server [--latency S]``; prints the base URL."""
    import argparse

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--latency", type=float, default=0.0, help="seconds added to every completion request")
    parser.add_argument("--api-key", default="sk-test")
    args = parser.parse_args()
    server = FakeOpenAI(api_key=args.api_key, latency=args.latency, record=False)
    print(server.base_url, flush=True)
    try:
        server.serve_forever(poll_interval=0.05)
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


if __name__ == "__main__":
    main()
