from collections import Counter
from itertools import repeat
from operator import add, mul, sub


def pairs_with_difference(values: list[int], diff: int) -> int:
    counts = Counter(values)
    sizes = counts.values()
    if diff == 0:
        # c equal values form c * (c - 1) / 2 pairs
        return sum(map(mul, sizes, map(sub, sizes, repeat(1)))) // 2
    partners = map(counts.get, map(add, counts, repeat(diff)), repeat(0))
    return sum(map(mul, sizes, partners))
