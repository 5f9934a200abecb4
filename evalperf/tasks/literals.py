"""Test arguments that JSON cannot carry (tuples, sets, complex numbers), carried as Python literals.

A test's arguments are stored and sent as plain JSON when JSON gives them back unchanged, so
every existing task, file and hash stays as it was. Arguments holding a tuple, a set, a
complex number or bytes (EvalPlus' MBPP+ inputs, once deserialized) travel as
the ``repr`` of the argument list instead, which ``ast.literal_eval`` turns back into the same
values: in a task folder's ``tests.json`` as ``"args_literal"``, in a check job as a string
in place of the list (the sandbox's worker evaluates it).
"""

from __future__ import annotations

import ast
from collections.abc import Sequence
from typing import Any

from evalperf.errors import TaskError

LITERAL_KEY = "args_literal"


def is_plain(value: Any) -> bool:
    """True when JSON gives ``value`` back unchanged (lists, str-keyed dicts, scalars; no tuple or set)."""
    if value is None or isinstance(value, (bool, int, str)):
        return True
    if isinstance(value, float):
        return True  # JSON as Python writes it carries nan and inf too
    if type(value) is list:
        return all(is_plain(v) for v in value)
    if type(value) is dict:
        return all(isinstance(k, str) and is_plain(v) for k, v in value.items())
    return False


def encode_args(args: Sequence[Any]) -> list[Any] | str:
    """The arguments as JSON data: the list itself when plain, else its Python literal."""
    values = list(args)
    if is_plain(values):
        return values
    text = repr(values)
    if decode_literal(text, "the arguments") != values:
        raise TaskError(f"test arguments that are neither JSON nor a Python literal: {text[:120]}")
    return text


def decode_literal(text: str, where: str) -> list[Any]:
    """A Python literal's argument list (TaskError naming ``where`` when it is not one)."""
    try:
        value = ast.literal_eval(text)
    except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError) as exc:
        raise TaskError(f"{where}: not a Python literal: {exc}") from exc
    if not isinstance(value, (list, tuple)):
        raise TaskError(f"{where}: the literal must be a list of arguments, not {type(value).__name__}")
    return list(value)


def decode_args(data: Any, where: str) -> list[Any]:
    """Arguments back from encode_args' form (a list, or a literal string)."""
    if isinstance(data, str):
        return decode_literal(data, where)
    if isinstance(data, list):
        return data
    raise TaskError(f"{where}: arguments must be a list or a Python literal string")


def args_field(args: Sequence[Any]) -> dict[str, Any]:
    """A stored test's arguments: ``{"args": [...]}``, or ``{"args_literal": "[...]"}`` when not plain."""
    encoded = encode_args(args)
    return {LITERAL_KEY: encoded} if isinstance(encoded, str) else {"args": encoded}


def read_args_field(case: dict[str, Any], where: str) -> list[Any]:
    """The arguments of a stored test (either field; TaskError when neither is usable)."""
    if LITERAL_KEY in case:
        text = case[LITERAL_KEY]
        if not isinstance(text, str):
            raise TaskError(f"{where}: '{LITERAL_KEY}' must be a string")
        return decode_literal(text, where)
    args = case.get("args")
    if not isinstance(args, list):
        raise TaskError(f"{where}: needs 'args' (a list) or '{LITERAL_KEY}' (a Python literal)")
    return args
