def weighted_interval_schedule(intervals: list[list[int]]) -> int:
    # Sweep time once. An end at t sorts before a start at t (half-open ranges). At a start,
    # remember the best total achievable so far; at the matching end, that value plus the
    # weight is a candidate for the running best.
    events = []
    for idx, (s, e, w) in enumerate(intervals):
        events.append((s, 1, idx))
        events.append((e, 0, idx))
    events.sort()
    at_start = [0] * len(intervals)
    best = 0
    for _, kind, idx in events:
        if kind:
            at_start[idx] = best
        else:
            cand = at_start[idx] + intervals[idx][2]
            if cand > best:
                best = cand
    return best
