"""MBPP+ tasks that EvalPlus judges by a special oracle rather than by equality.

EvalPlus compares the outputs of a few MBPP+ tasks as sets (``MBPP_OUTPUT_SET_EQ_TASKS`` in its
evaluator: the problem asks for common or distinct elements in no particular order). Here such a
task gets a checker (run in the sandbox, see evalperf.evaluate.checking) with the same rule, so a
solution returning the right elements in another order passes its tests, as in EvalPlus. The
stress outputs are still compared exactly against the tiers' (a curated task's generator is
written so that the order cannot differ, or such solutions are left out as ``wrong-output``).
"""

from __future__ import annotations

# by entry point, as EvalPlus lists them (Mbpp/2, 7, 111, 140, 232, 249, 579, 769)
SET_EQUAL_TASKS = frozenset(
    {
        "similar_elements",
        "find_char_long",
        "common_in_nested_lists",
        "extract_singly",
        "larg_nnum",
        "intersection_array",
        "find_dissimilar",
        "Diff",
    }
)

SET_EQUAL_CHECKER = '''
def check(inputs, expected, output):
    """EvalPlus' set comparison: the same elements, in any order (unhashable ones fail)."""
    try:
        return set(output) == set(expected)
    except TypeError:
        return False
'''


def checker_for(entry_point: str) -> str | None:
    """The checker module of an MBPP+ task judged by a special oracle, else None."""
    return SET_EQUAL_CHECKER if entry_point in SET_EQUAL_TASKS else None
