_BYTE_BITS = [bin(i).count("1") for i in range(256)]


def total_popcount(values: list[int]) -> int:
    # Look up eight bits at a time in a 256-entry table.
    table = _BYTE_BITS
    total = 0
    for v in values:
        x = -v if v < 0 else v
        while x:
            total += table[x & 255]
            x >>= 8
    return total
