def peak_interval_overlap(intervals: list[list[int]]) -> int:
    # The depth is maximal at the start of some non-empty interval: count at each start.
    best = 0
    for s, e in intervals:
        if s >= e:
            continue
        depth = 0
        for a, b in intervals:
            if a <= s < b:
                depth += 1
        if depth > best:
            best = depth
    return best
