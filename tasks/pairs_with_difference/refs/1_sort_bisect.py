from bisect import bisect_left, bisect_right


def pairs_with_difference(values: list[int], diff: int) -> int:
    ordered = sorted(values)
    count = 0
    if diff == 0:
        for i, v in enumerate(ordered):
            # equal partners strictly after position i
            count += bisect_right(ordered, v) - i - 1
        return count
    for v in ordered:
        w = v + diff
        count += bisect_right(ordered, w) - bisect_left(ordered, w)
    return count
