"""vLLM's offline engine (the optional extra ``evalperf[vllm]``), imported only when used."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from evalperf.errors import GenerationError, RequestError
from evalperf.generate.backends.base import Backend, BackendConfig, Completion, Request, import_extra

# requests per engine call: vLLM schedules a batch itself, larger batches only cost memory for
# the returned texts
BATCH_SIZE = 256


class VLLMBackend(Backend):
    """Loads the model in this process and generates whole batches at once."""

    name = "vllm"
    batch_size = BATCH_SIZE
    concurrent = False

    def __init__(self, config: BackendConfig) -> None:
        super().__init__(config)
        self._vllm = import_extra("vllm", "vllm", "vllm")
        self._llm: Any = None

    def check(self) -> list[str]:
        """Load the model (once)."""
        if self._llm is None:
            try:
                self._llm = self._vllm.LLM(model=self.config.model)
            except (OSError, ValueError, RuntimeError) as exc:
                raise GenerationError(f"vllm cannot load model {self.config.model!r}: {exc}") from exc
        return []

    def _params(self, request: Request) -> Any:
        s = request.sampling
        return self._vllm.SamplingParams(
            temperature=s.temperature,
            top_p=s.top_p,
            max_tokens=s.max_tokens,
            seed=request.seed,
            stop=list(request.stop) or None,
        )

    def complete(self, requests: Sequence[Request]) -> list[Completion]:
        """Chats through ``LLM.chat`` (the model's chat template), completions through ``LLM.generate``."""
        self.check()
        answers: dict[int, Completion] = {}
        chats = [i for i, r in enumerate(requests) if r.is_chat]
        plain = [i for i, r in enumerate(requests) if not r.is_chat]
        try:
            if chats:
                outputs = self._llm.chat(
                    [[m.to_json() for m in requests[i].messages] for i in chats],
                    sampling_params=[self._params(requests[i]) for i in chats],
                    use_tqdm=False,
                )
                answers.update(zip(chats, (self._completion(o) for o in outputs)))
            if plain:
                outputs = self._llm.generate(
                    [requests[i].prompt for i in plain],
                    sampling_params=[self._params(requests[i]) for i in plain],
                    use_tqdm=False,
                )
                answers.update(zip(plain, (self._completion(o) for o in outputs)))
        except (ValueError, RuntimeError) as exc:
            raise RequestError(f"vllm failed to generate: {exc}") from exc
        return [answers[i] for i in range(len(requests))]

    @staticmethod
    def _completion(output: Any) -> Completion:
        best = output.outputs[0]
        prompt_ids = getattr(output, "prompt_token_ids", None)
        return Completion(
            best.text,
            best.finish_reason,
            len(prompt_ids) if prompt_ids is not None else None,
            len(best.token_ids),
        )

    def describe(self) -> dict[str, Any]:
        """The vllm version."""
        return {"vllm": getattr(self._vllm, "__version__", None)}

    def close(self) -> None:
        """Drop the engine."""
        self._llm = None
