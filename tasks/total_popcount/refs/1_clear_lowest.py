def total_popcount(values: list[int]) -> int:
    # x & (x - 1) clears the lowest set bit: one iteration per 1 bit instead of per bit.
    total = 0
    for v in values:
        x = -v if v < 0 else v
        while x:
            x &= x - 1
            total += 1
    return total
