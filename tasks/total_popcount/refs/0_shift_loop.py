def total_popcount(values: list[int]) -> int:
    # Test the lowest bit and shift right until nothing is left.
    total = 0
    for v in values:
        x = -v if v < 0 else v
        while x:
            total += x & 1
            x >>= 1
    return total
