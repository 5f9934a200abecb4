def weighted_interval_schedule(intervals: list[list[int]]) -> int:
    # best[i] = best total of a schedule whose last range is items[i] (sorted by end).
    items = sorted(intervals, key=lambda it: it[1])
    best: list[int] = []
    answer = 0
    for i, (s, e, w) in enumerate(items):
        value = w
        for j in range(i):
            if items[j][1] <= s and best[j] + w > value:
                value = best[j] + w
        best.append(value)
        if value > answer:
            answer = value
    return answer
