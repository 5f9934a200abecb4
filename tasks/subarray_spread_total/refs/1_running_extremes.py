def subarray_spread_total(values: list[int]) -> int:
    # Fix the left end and extend to the right, updating max and min as we go.
    total = 0
    for i in range(len(values)):
        hi = lo = values[i]
        for v in values[i + 1:]:
            if v > hi:
                hi = v
            elif v < lo:
                lo = v
            total += hi - lo
    return total
