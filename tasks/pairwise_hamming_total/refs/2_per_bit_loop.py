def pairwise_hamming_total(values: list[int]) -> int:
    # A bit position with `ones` set values contributes ones * zeros differing pairs.
    n = len(values)
    total = 0
    for b in range(max(values, default=0).bit_length()):
        ones = 0
        for x in values:
            ones += x >> b & 1
        total += ones * (n - ones)
    return total
