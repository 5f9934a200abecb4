def peak_interval_overlap(intervals: list[list[int]]) -> int:
    # +1 at each start, -1 at each end; at equal times the -1 sorts first (half-open ranges).
    events = []
    for s, e in intervals:
        if s < e:
            events.append((s, 1))
            events.append((e, -1))
    events.sort()
    depth = best = 0
    for _, delta in events:
        depth += delta
        if depth > best:
            best = depth
    return best
