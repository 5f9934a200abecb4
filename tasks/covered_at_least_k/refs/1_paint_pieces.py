def covered_at_least_k(intervals: list[list[int]], k: int) -> int:
    # Compress coordinates into elementary pieces and add 1 to every piece each range spans:
    # O(n * d) where d is the number of pieces a range spans.
    points = sorted({x for iv in intervals for x in iv})
    index = {x: i for i, x in enumerate(points)}
    cover = [0] * len(points)
    for s, e in intervals:
        for t in range(index[s], index[e]):
            cover[t] += 1
    total = 0
    for t in range(len(points) - 1):
        if cover[t] >= k:
            total += points[t + 1] - points[t]
    return total
