def covered_at_least_k(intervals: list[list[int]], k: int) -> int:
    events = []
    for s, e in intervals:
        events.append((s, 1))
        events.append((e, -1))
    events.sort()
    total = 0
    depth = 0
    prev = 0
    for x, delta in events:
        if depth >= k:
            total += x - prev
        depth += delta
        prev = x
    return total
