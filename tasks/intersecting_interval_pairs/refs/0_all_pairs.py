def intersecting_interval_pairs(intervals: list[list[int]]) -> int:
    count = 0
    n = len(intervals)
    for i in range(n):
        s1, e1 = intervals[i]
        for j in range(i + 1, n):
            s2, e2 = intervals[j]
            if s1 <= e2 and s2 <= e1:
                count += 1
    return count
