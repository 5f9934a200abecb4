from collections import Counter
from itertools import accumulate
from operator import xor


def xor_target_subarrays(values: list[int], target: int) -> int:
    # The answer is the number of unordered index pairs {i, j} of prefix XORs with
    # P[i] ^ P[j] == target (XOR is symmetric, so the order of i and j does not matter).
    # Count the prefixes in C, then combine per distinct prefix value.
    freq = Counter(accumulate(values, xor, initial=0))
    if target == 0:
        return sum(c * (c - 1) for c in freq.values()) // 2
    get = freq.get
    return sum(c * get(p ^ target, 0) for p, c in freq.items()) // 2
