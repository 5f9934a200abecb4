
def check(inputs, expected, output):
    """EvalPlus' set comparison: the same elements, in any order (unhashable ones fail)."""
    try:
        return set(output) == set(expected)
    except TypeError:
        return False
