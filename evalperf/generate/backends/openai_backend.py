"""Any OpenAI-compatible server (OpenAI, vLLM's server, Ollama, llama.cpp, TGI) through the `openai` SDK.

The SDK's own retries are switched off: retrying, backoff and Retry-After are the runner's
job (one policy for every backend). Every SDK error is mapped here to a RequestError that
says whether trying again may help.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from email.utils import parsedate_to_datetime
from typing import Any

from evalperf.errors import ConfigError, GenerationError, RequestError
from evalperf.generate.backends.base import Backend, BackendConfig, Completion, Request, import_extra

OPENAI_URL = "https://api.openai.com/v1"
PREFLIGHT_TIMEOUT_S = 10.0
RETRYABLE_STATUS = frozenset({408, 409, 425, 429, 500, 502, 503, 504, 520, 522, 524, 529})
# a local server needs no key, but the SDK insists on one; vLLM's docs use this placeholder
NO_KEY = "EMPTY"


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP date), or None."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


def _one_line(text: str, limit: int = 300) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 3] + "..."


def _server_message(exc: Any) -> str:
    """The server's own words from an error response, on one line."""
    body = getattr(exc, "body", None)
    if isinstance(body, dict):
        inner = body.get("error", body)
        if isinstance(inner, dict) and isinstance(inner.get("message"), str):
            return _one_line(str(inner["message"]))
        if isinstance(inner, str):
            return _one_line(inner)
    return _one_line(str(getattr(exc, "message", "") or exc)) or type(exc).__name__


def _error_code(exc: Any) -> str | None:
    body = getattr(exc, "body", None)
    if isinstance(body, dict):
        inner = body.get("error", body)
        if isinstance(inner, dict) and isinstance(inner.get("code"), str):
            return str(inner["code"])
    return None


class OpenAIBackend(Backend):
    """Chat or completion requests to ``base_url``, one per call, from many threads."""

    name = "openai"

    def __init__(self, config: BackendConfig) -> None:
        super().__init__(config)
        self._openai = import_extra("openai", "openai", "openai")
        self.base_url = (config.base_url or OPENAI_URL).rstrip("/")
        key = config.api_key
        if not key:
            if config.base_url is None:
                raise ConfigError(
                    f"no API key for {OPENAI_URL}: set {config.api_key_env} (or choose the variable with "
                    "--api-key-env); for a local server give --base-url, for a local model --backend vllm or hf"
                )
            key = NO_KEY
        self._client = self._openai.OpenAI(
            api_key=key, base_url=self.base_url, timeout=config.request_timeout, max_retries=0
        )

    # -- errors -------------------------------------------------------------------------------

    def _map_error(self, exc: Exception, endpoint: str) -> RequestError:
        """Turn an SDK exception into a RequestError that says whether to retry."""
        oa = self._openai
        model = self.config.model
        if isinstance(exc, oa.APITimeoutError):
            return RequestError(
                f"the model server at {self.base_url} did not answer within {self.config.request_timeout:g} s",
                retryable=True,
            )
        if isinstance(exc, oa.APIConnectionError):
            cause = exc.__cause__ or exc.__context__
            detail = f" ({type(cause).__name__}: {cause})" if cause is not None else ""
            return RequestError(f"cannot reach the model server at {self.base_url}{detail}", retryable=True)
        if isinstance(exc, oa.APIStatusError):
            status = exc.status_code
            message = _server_message(exc)
            retry_after = parse_retry_after(exc.response.headers.get("retry-after"))
            if status == 401:
                return RequestError(
                    f"the model server at {self.base_url} refused the API key (401: {message}); "
                    f"check {self.config.api_key_env}",
                    status=status,
                )
            if status == 403:
                return RequestError(
                    f"the model server at {self.base_url} denied access to model {model!r} (403: {message})",
                    status=status,
                )
            if status == 404:
                return RequestError(
                    f"model {model!r} not found at {self.base_url} ({endpoint} answered 404: {message})"
                    + self._served_hint(),
                    status=status,
                )
            if status == 429 and _error_code(exc) == "insufficient_quota":
                return RequestError(f"the account behind the API key has no quota left (429: {message})", status=429)
            retryable = status in RETRYABLE_STATUS or status >= 500
            return RequestError(
                f"the model server at {self.base_url} answered {status} on {endpoint}: {message}",
                retryable=retryable,
                retry_after=retry_after,
                status=status,
            )
        if isinstance(exc, oa.OpenAIError):
            return RequestError(f"{endpoint} failed: {exc}", retryable=False)
        raise exc

    def _served_hint(self) -> str:
        try:
            served = sorted(m.id for m in self._client.with_options(timeout=PREFLIGHT_TIMEOUT_S).models.list())
        except Exception:  # the hint is optional: any failure just drops it
            return ""
        if not served or self.config.model in served:
            return ""
        shown = ", ".join(served[:8]) + (f" and {len(served) - 8} more" if len(served) > 8 else "")
        return f"; the server serves: {shown}"

    # -- the interface ------------------------------------------------------------------------

    def check(self) -> list[str]:
        """Reach the server and have the key accepted before any sample is asked for."""
        try:
            self._client.with_options(timeout=PREFLIGHT_TIMEOUT_S).models.list()
        except self._openai.APIStatusError as exc:
            if exc.status_code in (401, 403):
                raise self._map_error(exc, "/models") from exc
            # no /models endpoint (some servers) or a transient error: the requests will tell
            return []
        except self._openai.APIConnectionError as exc:
            error = self._map_error(exc, "/models")
            raise GenerationError(f"{error}; is the server running?") from exc
        return []

    def complete(self, requests: Sequence[Request]) -> list[Completion]:
        """One request per call (the runner adds concurrency)."""
        return [self._one(r) for r in requests]

    def describe(self) -> dict[str, Any]:
        """The endpoint and the SDK version."""
        return {"base_url": self.base_url, "openai_sdk": getattr(self._openai, "__version__", None)}

    def close(self) -> None:
        """Close the connection pool (also interrupts requests in flight)."""
        self._client.close()

    # -- one request --------------------------------------------------------------------------

    def _arguments(self, request: Request) -> dict[str, Any]:
        s = request.sampling
        args: dict[str, Any] = {
            "model": self.config.model,
            "temperature": s.temperature,
            "top_p": s.top_p,
            "max_tokens": s.max_tokens,
        }
        if request.seed is not None:
            args["seed"] = request.seed
        if request.stop:
            args["stop"] = list(request.stop)
        if request.is_chat:
            args["messages"] = [m.to_json() for m in request.messages]
        else:
            args["prompt"] = request.prompt
        if self.config.stream:
            args["stream"] = True
            args["stream_options"] = {"include_usage": True}
        return args

    def _one(self, request: Request) -> Completion:
        endpoint = "/chat/completions" if request.is_chat else "/completions"
        create = self._client.chat.completions.create if request.is_chat else self._client.completions.create
        try:
            response = create(**self._arguments(request))
            if self.config.stream:
                return self._collect(response, request.is_chat)
            return self._single(response, request.is_chat)
        except self._openai.OpenAIError as exc:
            raise self._map_error(exc, endpoint) from exc

    @staticmethod
    def _usage(usage: Any) -> tuple[int | None, int | None]:
        if usage is None:
            return None, None
        return getattr(usage, "prompt_tokens", None), getattr(usage, "completion_tokens", None)

    def _single(self, response: Any, chat: bool) -> Completion:
        if not response.choices:
            raise RequestError(f"the model server at {self.base_url} answered with no choices", retryable=True)
        choice = response.choices[0]
        text = (choice.message.content if chat else choice.text) or ""
        prompt_tokens, completion_tokens = self._usage(response.usage)
        return Completion(text, choice.finish_reason, prompt_tokens, completion_tokens)

    def _collect(self, stream: Iterable[Any], chat: bool) -> Completion:
        # the SDK's timeout bounds each read; this bounds the whole answer
        deadline = time.monotonic() + self.config.request_timeout
        parts: list[str] = []
        finish: str | None = None
        usage: Any = None
        try:
            for chunk in stream:
                if time.monotonic() > deadline:
                    raise RequestError(
                        f"the model server at {self.base_url} did not finish streaming within "
                        f"{self.config.request_timeout:g} s",
                        retryable=True,
                    )
                if getattr(chunk, "usage", None) is not None:
                    usage = chunk.usage
                for choice in chunk.choices or ():
                    delta = getattr(choice, "delta", None)
                    piece = (delta.content if delta is not None else None) if chat else choice.text
                    if piece:
                        parts.append(piece)
                    if choice.finish_reason:
                        finish = choice.finish_reason
        except (RequestError, self._openai.OpenAIError):
            raise
        except Exception as exc:  # the HTTP layer's errors are not part of the SDK's tree
            raise RequestError(
                f"the stream from {self.base_url} broke off: {type(exc).__name__}: {exc}", retryable=True
            ) from exc
        finally:
            close = getattr(stream, "close", None)
            if close is not None:
                close()
        prompt_tokens, completion_tokens = self._usage(usage)
        return Completion("".join(parts), finish, prompt_tokens, completion_tokens)
