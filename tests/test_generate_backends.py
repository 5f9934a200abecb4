"""Backends other than openai: replay, and vllm / hf through stand-in modules (the extras are not installed here).

The stand-ins implement just the part of vllm's and transformers' APIs the adapters call, so
the adapters' own logic (batching, chat templates, token counts, stop sequences, finish
reasons, error messages) is exercised for real.
"""

from __future__ import annotations

import json
import sys
import types
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, ClassVar

import pytest

from evalperf.errors import ConfigError, GenerationError, RequestError
from evalperf.generate import BackendConfig, GenerateOptions, Sampling, generate_samples, guess_backend
from evalperf.generate.backends import Message, Request, create_backend
from evalperf.tasks.builtin import load_builtin_suite

SUITE = load_builtin_suite(Path(__file__).parent / "data" / "mini_suite")
ANSWER = (
    "```python\ndef pair_sums(values):\n    s = sum(values)\n    return (s * s - sum(v * v for v in values)) // 2\n```"
)


# -- guessing and the registry ---------------------------------------------------------------------


def test_guess_backend(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    installed: set[str] = set()
    monkeypatch.setattr("evalperf.generate.backends._installed", lambda name: name in installed)
    assert guess_backend("replay:x.jsonl", None) == "replay"
    assert guess_backend("gpt-4o-mini", None) == "openai"
    assert guess_backend("qwen2.5-coder:7b", None) == "openai"
    assert guess_backend("Qwen/Qwen2.5-Coder-7B-Instruct", "http://localhost:8000/v1") == "openai"
    assert guess_backend("Qwen/Qwen2.5-Coder-7B-Instruct", None) == "openai"  # nothing local installed
    assert guess_backend(str(tmp_path), None) == "hf"  # a local folder: hf says which extra is missing
    installed.add("transformers")
    assert guess_backend("Qwen/Qwen2.5-Coder-7B-Instruct", None) == "hf"
    installed.add("vllm")
    assert guess_backend("Qwen/Qwen2.5-Coder-7B-Instruct", None) == "vllm"
    assert guess_backend(str(tmp_path), None) == "vllm"


def test_unknown_backend_lists_the_choices() -> None:
    with pytest.raises(ConfigError, match="choose one of auto, openai, vllm, hf, replay"):
        create_backend(BackendConfig(kind="tgi", model="m"))


@pytest.mark.parametrize(("kind", "module", "extra"), [("vllm", "vllm", "vllm"), ("hf", "torch", "hf")])
def test_missing_extra_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch, kind: str, module: str, extra: str
) -> None:
    monkeypatch.setitem(sys.modules, module, None)  # import fails as if not installed
    expected = rf"needs the '{module}' package.*pip install .*{module}.*'{extra}' extra"
    with pytest.raises(GenerationError, match=expected):
        create_backend(BackendConfig(kind=kind, model="some/model"))


# -- replay ------------------------------------------------------------------------------------------


def _recording(tmp_path: Path, lines: list[Any]) -> Path:
    path = tmp_path / "rec.jsonl"
    path.write_text("".join((line if isinstance(line, str) else json.dumps(line)) + "\n" for line in lines))
    return path


def _request(task_id: str, index: int, stage: int = 0, stages: int = 1) -> Request:
    return Request(task_id, index, stage, stages, Sampling(), messages=(Message("user", "x"),))


def test_replay_serves_by_task_and_index_and_aligns_turns_to_the_last_stage(tmp_path: Path) -> None:
    path = _recording(
        tmp_path,
        [
            {"task_id": "t", "index": 1, "raw": "second", "usage": {"prompt_tokens": 5, "completion_tokens": 2}},
            {"task_id": "t", "index": 0, "raw": "first", "finish_reason": "length"},
            {"task_id": "u", "turns": ["plan", "code"]},
        ],
    )
    backend = create_backend(BackendConfig(kind="replay", model=f"replay:{path}"))
    assert backend.recorded_samples() == {"t": 2, "u": 1}
    first, second = backend.complete([_request("t", 0), _request("t", 1)])
    assert (first.text, first.finish_reason) == ("first", "length")
    assert (second.text, second.prompt_tokens, second.completion_tokens) == ("second", 5, 2)
    assert [backend.complete([_request("u", 0, s, 2)])[0].text for s in (0, 1)] == ["plan", "code"]
    assert backend.complete([_request("u", 0)])[0].text == "code"  # one stage: the code turn
    assert [backend.complete([_request("t", 0, s, 2)])[0].text for s in (0, 1)] == ["", "first"]
    with pytest.raises(RequestError, match="2 completion\\(s\\) for t, not sample 3"):
        backend.complete([_request("t", 2)])
    with pytest.raises(RequestError, match="no completion for task nope"):
        backend.complete([_request("nope", 0)])


@pytest.mark.parametrize(
    ("lines", "problem"),
    [
        (["{broken"], r"rec.jsonl:1: not valid JSON"),
        ([{"raw": "x"}], "needs a 'task_id'"),
        ([{"task_id": "t"}], "needs 'raw'"),
        ([{"task_id": "t", "index": 1, "raw": "x"}], "not 0..0"),
        ([{"task_id": "t", "raw": "x"}, {"task_id": "t", "index": 0, "raw": "y"}], "repeated sample index"),
        ([], "holds no completion"),
    ],
)
def test_bad_recordings_are_named_with_their_line(tmp_path: Path, lines: list[Any], problem: str) -> None:
    path = _recording(tmp_path, lines)
    with pytest.raises(GenerationError, match=problem):
        create_backend(BackendConfig(kind="replay", model=f"replay:{path}"))


def test_missing_recording(tmp_path: Path) -> None:
    with pytest.raises(GenerationError, match="cannot read the replay file"):
        create_backend(BackendConfig(kind="replay", model=f"replay:{tmp_path / 'none.jsonl'}"))


def test_a_generated_samples_file_replays_identically(tmp_path: Path) -> None:
    path = _recording(tmp_path, [{"task_id": "pair_sums", "raw": ANSWER}, {"task_id": "pair_sums", "raw": "nope"}])
    first = generate_samples(
        SUITE, GenerateOptions(BackendConfig("replay", f"replay:{path}"), results_dir=tmp_path / "a")
    )
    again = generate_samples(
        SUITE, GenerateOptions(BackendConfig("replay", f"replay:{first.samples_path}"), results_dir=tmp_path / "b")
    )
    assert first.n_samples == again.n_samples == 2  # as many as recorded

    def solutions(path: Path) -> list[tuple[int, str, str]]:
        rows = [json.loads(line) for line in path.read_text().splitlines()]
        return sorted((r["index"], r["raw"], r["solution"]) for r in rows)

    assert solutions(first.samples_path) == solutions(again.samples_path)


def test_asking_replay_for_more_samples_than_recorded_stops(tmp_path: Path) -> None:
    path = _recording(tmp_path, [{"task_id": "pair_sums", "raw": ANSWER}])
    options = GenerateOptions(BackendConfig("replay", f"replay:{path}"), n_samples=2, results_dir=tmp_path)
    with pytest.raises(GenerationError, match="ask for --n-samples 1 or fewer"):
        generate_samples(SUITE, options)


# -- vllm through a stand-in module -------------------------------------------------------------------


class _FakeLLM:
    instances: ClassVar[list[_FakeLLM]] = []

    def __init__(self, model: str) -> None:
        if model == "missing/model":
            raise OSError("model not found on the hub")
        self.model = model
        self.calls: list[tuple[str, list[Any], list[Any]]] = []
        _FakeLLM.instances.append(self)

    def _outputs(self, count: int) -> list[Any]:
        out = types.SimpleNamespace(text=ANSWER, finish_reason="stop", token_ids=[1] * 12)
        return [types.SimpleNamespace(prompt_token_ids=[1] * 30, outputs=[out]) for _ in range(count)]

    def chat(self, conversations: list[Any], sampling_params: list[Any], use_tqdm: bool) -> list[Any]:
        self.calls.append(("chat", conversations, sampling_params))
        return self._outputs(len(conversations))

    def generate(self, prompts: list[str], sampling_params: list[Any], use_tqdm: bool) -> list[Any]:
        self.calls.append(("generate", prompts, sampling_params))
        return self._outputs(len(prompts))


@contextmanager
def _fake_vllm(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    module = types.ModuleType("vllm")
    module.LLM = _FakeLLM  # type: ignore[attr-defined]
    module.SamplingParams = lambda **kw: kw  # type: ignore[attr-defined]
    module.__version__ = "0.0-test"  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "vllm", module)
    _FakeLLM.instances.clear()
    yield


def test_vllm_generates_a_whole_run_in_one_batched_call(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with _fake_vllm(monkeypatch):
        options = GenerateOptions(
            BackendConfig("vllm", "org/coder"),
            sampling=Sampling(temperature=1.0, top_p=0.9, max_tokens=64, seed=100),
            n_samples=5,
            results_dir=tmp_path,
        )
        report = generate_samples(SUITE, options)
        (llm,) = _FakeLLM.instances
    assert report.generated == 5 and report.completion_tokens == 60 and report.prompt_tokens == 150
    ((kind, conversations, params),) = llm.calls  # five samples, one engine call
    assert kind == "chat" and len(conversations) == 5
    assert conversations[0][-1]["role"] == "user" and "def pair_sums" in conversations[0][-1]["content"]
    assert sorted(p["seed"] for p in params) == [100, 101, 102, 103, 104]
    assert params[0]["temperature"] == 1.0 and params[0]["max_tokens"] == 64 and params[0]["stop"] is None


def test_vllm_base_style_uses_generate_with_stop_sequences(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with _fake_vllm(monkeypatch):
        options = GenerateOptions(BackendConfig("vllm", "org/coder"), prompt_style="base", results_dir=tmp_path)
        generate_samples(SUITE, options)
        ((kind, prompts, params),) = _FakeLLM.instances[0].calls
    assert kind == "generate" and prompts == [SUITE.tasks[0].prompt] and "\nif __name__" in params[0]["stop"]


def test_vllm_model_that_cannot_load(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with _fake_vllm(monkeypatch), pytest.raises(GenerationError, match="vllm cannot load model 'missing/model'"):
        generate_samples(SUITE, GenerateOptions(BackendConfig("vllm", "missing/model"), results_dir=tmp_path))


# -- transformers through stand-in modules ------------------------------------------------------------

PAD, EOS = 0, 1


class _T:
    """The few tensor operations the adapter uses, on nested lists."""

    def __init__(self, data: Any) -> None:
        self.data = data

    def to(self, device: str) -> _T:
        return self

    @property
    def shape(self) -> tuple[int, ...]:
        return (
            (len(self.data), len(self.data[0])) if self.data and isinstance(self.data[0], list) else (len(self.data),)
        )

    def __getitem__(self, key: Any) -> Any:
        value = self.data[key]
        return _T(value) if isinstance(value, list) else value

    def tolist(self) -> Any:
        return self.data

    def sum(self) -> int:
        return int(sum(self.data))


class _Tokenizer:
    pad_token: str | None = None
    eos_token = "</s>"
    eos_token_id = EOS
    padding_side = "right"

    @property
    def pad_token_id(self) -> int:
        return PAD

    @staticmethod
    def encode(text: str) -> list[int]:
        return [ord(c) + 10 for c in text]

    def __call__(self, texts: list[str], return_tensors: str, padding: bool) -> dict[str, _T]:
        assert self.padding_side == "left" and return_tensors == "pt" and padding
        rows = [self.encode(t) for t in texts]
        width = max(len(r) for r in rows)
        ids = [[PAD] * (width - len(r)) + r for r in rows]
        mask = [[0] * (width - len(r)) + [1] * len(r) for r in rows]
        return {"input_ids": _T(ids), "attention_mask": _T(mask)}

    def apply_chat_template(self, messages: list[dict[str, str]], tokenize: bool, add_generation_prompt: bool) -> str:
        assert not tokenize and add_generation_prompt
        return "".join(f"<{m['role']}>{m['content']}" for m in messages) + "<assistant>"

    def decode(self, ids: list[int], skip_special_tokens: bool) -> str:
        return "".join(chr(i - 10) for i in ids if i >= 10)


class _Model:
    seen: ClassVar[list[dict[str, Any]]] = []
    answer = "print('hi')\nSTOP here"

    def to(self, device: str) -> _Model:
        return self

    def eval(self) -> None:
        pass

    def generate(self, input_ids: _T, attention_mask: _T, **options: Any) -> _T:
        _Model.seen.append(options)
        budget = options["max_new_tokens"]
        new = _Tokenizer.encode(self.answer)
        tail = [*new, EOS][:budget]
        rows = [row + tail + [PAD] * (budget - len(tail)) for row in input_ids.data]
        return _T(rows)


@contextmanager
def _fake_hf(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    torch = types.ModuleType("torch")
    torch.cuda = types.SimpleNamespace(is_available=lambda: False)  # type: ignore[attr-defined]
    torch.no_grad = contextmanager(lambda: iter([None]))  # type: ignore[attr-defined]
    torch.manual_seed = lambda seed: None  # type: ignore[attr-defined]
    transformers = types.ModuleType("transformers")
    transformers.AutoTokenizer = types.SimpleNamespace(from_pretrained=lambda name: _Tokenizer())  # type: ignore[attr-defined]
    transformers.AutoModelForCausalLM = types.SimpleNamespace(  # type: ignore[attr-defined]
        from_pretrained=lambda name, torch_dtype: _Model()
    )
    monkeypatch.setitem(sys.modules, "torch", torch)
    monkeypatch.setitem(sys.modules, "transformers", transformers)
    _Model.seen.clear()
    yield


def test_hf_chat_batch_with_stop_sequences_and_token_counts(monkeypatch: pytest.MonkeyPatch) -> None:
    with _fake_hf(monkeypatch):
        backend = create_backend(BackendConfig("hf", "org/tiny"))
        assert backend.check() == ["the hf backend runs on the CPU: expect slow generation"]
        requests = [
            Request("t", 0, 0, 1, Sampling(max_tokens=64), messages=(Message("user", "short"),), stop=("STOP",)),
            Request("t", 1, 0, 1, Sampling(max_tokens=64), messages=(Message("user", "a longer one"),)),
        ]
        first, second = backend.complete(requests)
    assert first.text == "print('hi')\n" and first.finish_reason == "stop"
    assert second.text == "print('hi')\nSTOP here" and second.finish_reason == "stop"
    assert first.prompt_tokens == len("<user>short<assistant>") and second.completion_tokens == len(_Model.answer) + 1
    assert _Model.seen[0]["do_sample"] is False and _Model.seen[0]["max_new_tokens"] == 64


def test_hf_reports_length_when_the_budget_runs_out(monkeypatch: pytest.MonkeyPatch) -> None:
    with _fake_hf(monkeypatch):
        backend = create_backend(BackendConfig("hf", "org/tiny"))
        sampling = Sampling(temperature=0.7, top_p=0.9, max_tokens=5)
        (answer,) = backend.complete([Request("t", 0, 0, 1, sampling, prompt="def f():\n")])
    assert answer.text == "print" and answer.finish_reason == "length" and answer.completion_tokens == 5
    assert _Model.seen[0]["do_sample"] is True and _Model.seen[0]["temperature"] == 0.7
