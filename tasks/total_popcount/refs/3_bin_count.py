def total_popcount(values: list[int]) -> int:
    # Let C do the per-bit work: format in binary and count the '1' characters.
    total = 0
    for v in values:
        total += bin(v).count("1")
    return total
