"""MBPP+ test inputs back to the Python types EvalPlus calls the functions with.

MbppPlus.jsonl stores every input as JSON, so tuples, sets and complex numbers arrive as lists
and strings. EvalPlus restores them per task before it calls anything (``mbpp_deserialize_inputs``
in evalplus/data/mbpp.py); without the same step a task such as Mbpp/106 (append a list to a
*tuple*) has no valid test at all, since its canonical solution's contract rejects a list. The
rules below are EvalPlus' (task numbers and shapes), written here as data.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Args = list[Any]


def _tuples(items: Any) -> list[Any]:
    return [tuple(item) for item in items]


def _all_tuples(value: Any) -> Any:
    return tuple(_all_tuples(v) for v in value) if isinstance(value, list) else value


def _each_arg_tuple(args: Args) -> Args:
    return _tuples(args)


def _each_arg_tuple_members(args: Args) -> Args:
    return [_tuples(arg) for arg in args]


def _first_arg_tuple_members(args: Args) -> Args:
    return [_tuples(args[0]), *args[1:2]]


def _second_arg_tuple(args: Args) -> Args:
    return [args[0], tuple(args[1])]


def _sets_of_first(args: Args) -> Args:
    # EvalPlus turns an empty member into {} (an empty dict), not set(): kept as it is
    return [[set(item) if isinstance(item, list) and item else {} for item in args[0]]]


def _float_complex(args: Args) -> Args:
    return [float(args[0]), complex(args[1])]


def _first_arg_tuple(args: Args) -> Args:
    return [tuple(args[0]), *args[1:2]]


def _nested_then_tuple(args: Args) -> Args:
    return _tuples(_each_arg_tuple_members(args))


def _mixed_then_tuple(args: Args) -> Args:
    inner = [tuple(item) if isinstance(item, list) else item for item in args[0]]
    return _tuples([inner])


def _first_arg_tuple_three(args: Args) -> Args:
    return [tuple(args[0]), args[1], args[2]]


def _dict_values_tuple(args: Args) -> Args:
    return [{key: tuple(value) for key, value in args[0].items()}, *args[1:]]


def _complex(args: Args) -> Args:
    return [complex(args[0])]


def _whole_tuple(args: Args) -> Args:
    return list(_all_tuples(args))


_RULES: list[tuple[frozenset[int], Callable[[Args], Args]]] = [
    (
        frozenset({2, 116, 132, 143, 222, 261, 273, 394, 399, 421, 424, 429})
        | frozenset({470, 560, 579, 596, 616, 630, 726, 740, 744, 809}),
        _each_arg_tuple,
    ),
    (frozenset({63, 64, 70, 94, 120, 237, 272, 299, 400, 409, 417, 438, 473, 614, 780}), _each_arg_tuple_members),
    (frozenset({75, 413, 444, 753}), _first_arg_tuple_members),
    (frozenset({106, 750}), _second_arg_tuple),
    (frozenset({115}), _sets_of_first),
    (frozenset({124}), _float_complex),
    (frozenset({250, 405, 446, 617, 720, 763, 808}), _first_arg_tuple),
    (frozenset({259, 401, 445}), _nested_then_tuple),
    (frozenset({278}), _mixed_then_tuple),
    (frozenset({307}), _first_arg_tuple_three),
    (frozenset({722}), _dict_values_tuple),
    (frozenset({252}), _complex),
    (frozenset({580, 615, 791}), _whole_tuple),
]


def typed_inputs(task_id: str, inputs: list[Args]) -> list[Args]:
    """``inputs`` of MBPP+ task ``task_id`` with EvalPlus' types restored (unchanged for other tasks).

    An input whose shape does not fit its rule is left as it is (the oracle then decides).
    """
    try:
        number = int(task_id.rsplit("/", 1)[-1])
    except ValueError:
        return inputs
    for numbers, rule in _RULES:
        if number in numbers:
            return [_apply(rule, args) for args in inputs]
    return inputs


def _apply(rule: Callable[[Args], Args], args: Args) -> Args:
    try:
        return rule(args)
    except (TypeError, ValueError, IndexError, KeyError, AttributeError):
        return args
