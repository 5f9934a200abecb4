def widest_sorted_gap(values: list[int]) -> int:
    n = len(values)
    if n < 2:
        return 0
    lo = min(values)
    hi = max(values)
    if lo == hi:
        return 0
    # n - 1 buckets of width >= (hi - lo) / (n - 1): the widest gap never lies inside one bucket.
    width = max(1, (hi - lo) // (n - 1))
    count = (hi - lo) // width + 1
    mins = [None] * count
    maxs = [None] * count
    for v in values:
        b = (v - lo) // width
        if mins[b] is None or v < mins[b]:
            mins[b] = v
        if maxs[b] is None or v > maxs[b]:
            maxs[b] = v
    best = 0
    previous = None
    for b in range(count):
        if mins[b] is None:
            continue
        if previous is not None and mins[b] - previous > best:
            best = mins[b] - previous
        previous = maxs[b]
    return best
