def interleave_lists(*args):
    # Check if all input lists have the same length
    assert all(len(args[0]) == len(lst) for lst in args), "All input lists should have the same length"

    result = []
    for lst in zip(*args):
        result.extend(lst)
    return result
