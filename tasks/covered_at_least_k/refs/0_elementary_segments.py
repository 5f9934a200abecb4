def covered_at_least_k(intervals: list[list[int]], k: int) -> int:
    # Between consecutive distinct endpoints the coverage is constant: test each such piece
    # against every interval.
    points = sorted({x for iv in intervals for x in iv})
    total = 0
    for a, b in zip(points, points[1:]):
        depth = 0
        for s, e in intervals:
            if s <= a and b <= e:
                depth += 1
        if depth >= k:
            total += b - a
    return total
