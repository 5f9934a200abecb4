def median_meeting_cost(positions: list[int]) -> int:
    ordered = sorted(positions)
    n = len(ordered)
    half = n // 2
    # walking to the median: everybody above pays (x - m), everybody below pays (m - x);
    # the m terms cancel (the middle element of an odd count pays nothing)
    return sum(ordered[n - half:]) - sum(ordered[:half])
