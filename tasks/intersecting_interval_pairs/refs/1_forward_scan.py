def intersecting_interval_pairs(intervals: list[list[int]]) -> int:
    # Sorted by start, interval i meets exactly the later intervals whose start is <= its end;
    # walk forward until the first start beyond it. O(n log n + answer).
    items = sorted(intervals)
    n = len(items)
    count = 0
    for i in range(n):
        e = items[i][1]
        j = i + 1
        while j < n and items[j][0] <= e:
            j += 1
        count += j - i - 1
    return count
