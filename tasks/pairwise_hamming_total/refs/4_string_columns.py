from itertools import repeat


def pairwise_hamming_total(values: list[int]) -> int:
    # Write every value as a fixed-width binary string, glue them together, and count the
    # '1's of each bit column with a strided slice: the per-bit work is all C string code.
    width = max(values, default=0).bit_length()
    if width == 0:
        return 0
    n = len(values)
    text = "".join(map(format, values, repeat(f"0{width}b", n)))
    total = 0
    for b in range(width):
        ones = text[b::width].count("1")
        total += ones * (n - ones)
    return total
