def pairs_sum_at_most(values: list[int], limit: int) -> int:
    ordered = sorted(values)
    lo, hi = 0, len(ordered) - 1
    count = 0
    while lo < hi:
        if ordered[lo] + ordered[hi] <= limit:
            # ordered[lo] pairs with everything in (lo, hi]
            count += hi - lo
            lo += 1
        else:
            hi -= 1
    return count
