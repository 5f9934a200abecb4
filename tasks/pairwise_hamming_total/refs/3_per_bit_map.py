from itertools import repeat
from operator import and_


def pairwise_hamming_total(values: list[int]) -> int:
    # Per-bit counting with the column sums done by C-level map/sum.
    n = len(values)
    total = 0
    for b in range(max(values, default=0).bit_length()):
        ones = sum(map(and_, values, repeat(1 << b, n))) >> b
        total += ones * (n - ones)
    return total
