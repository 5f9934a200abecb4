def total_popcount(values: list[int]) -> int:
    # int.bit_count (Python 3.10+) counts the bits of the absolute value; map and sum run in C.
    return sum(map(int.bit_count, values))
