def pairwise_hamming_total(values: list[int]) -> int:
    # Same pairs, but the popcount of the XOR comes from int.bit_count (no string building).
    total = 0
    for i, x in enumerate(values):
        for y in values[i + 1:]:
            total += (x ^ y).bit_count()
    return total
