def prefix_median_total(values: list[int]) -> int:
    # Append then re-sort: timsort sees one long sorted run plus one value, so each step is
    # a linear C-level pass instead of a full O(m log m) sort.
    ordered: list[int] = []
    total = 0
    for m, v in enumerate(values):
        ordered.append(v)
        ordered.sort()
        total += ordered[m >> 1]
    return total
