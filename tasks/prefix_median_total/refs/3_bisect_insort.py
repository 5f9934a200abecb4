from bisect import insort


def prefix_median_total(values: list[int]) -> int:
    # Binary-search insertion into a sorted list: O(n) memmove per step, but in C.
    ordered: list[int] = []
    total = 0
    for m, v in enumerate(values):
        insort(ordered, v)
        total += ordered[m >> 1]
    return total
