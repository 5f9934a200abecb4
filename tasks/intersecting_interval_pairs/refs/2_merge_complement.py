from operator import itemgetter


def intersecting_interval_pairs(intervals: list[list[int]]) -> int:
    # Same complement count, but with both endpoint lists sorted and merged by two pointers.
    n = len(intervals)
    starts = sorted(map(itemgetter(0), intervals))
    ends = sorted(map(itemgetter(1), intervals))
    disjoint = 0
    j = 0
    for s in starts:
        while ends[j] < s:
            j += 1
        disjoint += j
    return n * (n - 1) // 2 - disjoint
