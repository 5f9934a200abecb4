"""Hugging Face transformers (the optional extra ``evalperf[hf]``), imported only when used.

Slow but dependency-light: the model runs in this process with ``model.generate`` on left-padded
batches; chats go through the tokenizer's chat template.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from evalperf.errors import GenerationError, RequestError
from evalperf.generate.backends.base import Backend, BackendConfig, Completion, Request, import_extra

BATCH_SIZE = 8


def _cut_at_stop(text: str, stops: Sequence[str]) -> tuple[str, bool]:
    cut = min((i for i in (text.find(s) for s in stops) if i >= 0), default=-1)
    return (text[:cut], True) if cut >= 0 else (text, False)


class HFBackend(Backend):
    """transformers' ``generate`` on batches of requests with the same sampling parameters."""

    name = "hf"
    batch_size = BATCH_SIZE
    concurrent = False

    def __init__(self, config: BackendConfig) -> None:
        super().__init__(config)
        self._torch = import_extra("torch", "hf", "hf")
        self._transformers = import_extra("transformers", "hf", "hf")
        self._model: Any = None
        self._tokenizer: Any = None
        self._device = "cpu"

    def check(self) -> list[str]:
        """Load the tokenizer and the model (once)."""
        if self._model is not None:
            return []
        tf = self._transformers
        try:
            tokenizer = tf.AutoTokenizer.from_pretrained(self.config.model)
            model = tf.AutoModelForCausalLM.from_pretrained(self.config.model, torch_dtype="auto")
        except (OSError, ValueError) as exc:
            raise GenerationError(f"transformers cannot load model {self.config.model!r}: {exc}") from exc
        tokenizer.padding_side = "left"  # generation continues at the right end of every row
        if tokenizer.pad_token is None:
            tokenizer.pad_token = tokenizer.eos_token
        self._device = "cuda" if self._torch.cuda.is_available() else "cpu"
        self._model = model.to(self._device)
        self._model.eval()
        self._tokenizer = tokenizer
        warnings = [] if self._device == "cuda" else ["the hf backend runs on the CPU: expect slow generation"]
        return warnings

    def _text(self, request: Request) -> str:
        if not request.is_chat:
            return request.prompt or ""
        rendered = self._tokenizer.apply_chat_template(
            [m.to_json() for m in request.messages], tokenize=False, add_generation_prompt=True
        )
        return str(rendered)

    def complete(self, requests: Sequence[Request]) -> list[Completion]:
        """Generate a batch; ``requests`` share their sampling parameters (one run)."""
        self.check()
        if not requests:
            return []
        sampling = requests[0].sampling
        tok = self._tokenizer
        encoded = tok([self._text(r) for r in requests], return_tensors="pt", padding=True)
        encoded = {k: v.to(self._device) for k, v in encoded.items()}
        width = encoded["input_ids"].shape[-1]
        options: dict[str, Any] = {"max_new_tokens": sampling.max_tokens, "pad_token_id": tok.pad_token_id}
        if sampling.temperature > 0:
            options.update(do_sample=True, temperature=sampling.temperature, top_p=sampling.top_p)
        else:
            options["do_sample"] = False
        if requests[0].seed is not None:
            self._torch.manual_seed(requests[0].seed)
        try:
            with self._torch.no_grad():
                output = self._model.generate(**encoded, **options)
        except (RuntimeError, ValueError) as exc:
            raise RequestError(f"transformers failed to generate: {exc}") from exc
        answers = []
        special = {tok.pad_token_id, tok.eos_token_id}
        for row, request in enumerate(requests):
            new_ids = [int(t) for t in output[row][width:].tolist()]
            while new_ids and new_ids[-1] == tok.pad_token_id:
                new_ids.pop()
            ended = bool(new_ids) and new_ids[-1] in special
            text, stopped = _cut_at_stop(tok.decode(new_ids, skip_special_tokens=True), request.stop)
            finish = "stop" if ended or stopped else ("length" if len(new_ids) >= sampling.max_tokens else "stop")
            prompt_tokens = int(encoded["attention_mask"][row].sum())
            answers.append(Completion(text, finish, prompt_tokens, len(new_ids)))
        return answers

    def describe(self) -> dict[str, Any]:
        """Library versions and the device."""
        return {
            "transformers": getattr(self._transformers, "__version__", None),
            "torch": getattr(self._torch, "__version__", None),
            "device": self._device,
        }

    def close(self) -> None:
        """Drop the model."""
        self._model = None
