import bisect


def count_inversions(values: list[int]) -> int:
    # Keep the prefix sorted; each new value is inverted with every earlier value above it.
    seen: list[int] = []
    count = 0
    for v in values:
        pos = bisect.bisect_right(seen, v)
        count += len(seen) - pos
        seen.insert(pos, v)
    return count
