from operator import sub


def widest_sorted_gap(values: list[int]) -> int:
    ordered = sorted(values)
    return max(map(sub, ordered[1:], ordered), default=0)
