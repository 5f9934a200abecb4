def peak_interval_overlap(intervals: list[list[int]]) -> int:
    # Visit intervals by start and keep the ends of the intervals still open in a plain list,
    # filtering out the closed ones at every step: O(n * depth).
    best = 0
    active: list[int] = []
    for s, e in sorted(intervals):
        if s >= e:
            continue
        active = [x for x in active if x > s]
        active.append(e)
        if len(active) > best:
            best = len(active)
    return best
