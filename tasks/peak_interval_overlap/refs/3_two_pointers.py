from operator import itemgetter


def peak_interval_overlap(intervals: list[list[int]]) -> int:
    # Sort starts and ends separately (plain int sorts) and merge them with two pointers.
    # Empty intervals need no filtering: their start and end cancel at every point >= start.
    starts = sorted(map(itemgetter(0), intervals))
    ends = sorted(map(itemgetter(1), intervals))
    n = len(ends)
    best = 0
    j = 0
    for i, s in enumerate(starts):
        while j < n and ends[j] <= s:
            j += 1
        if i + 1 - j > best:
            best = i + 1 - j
    return best
