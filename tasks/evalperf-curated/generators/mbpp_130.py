"""Mbpp/130: `scale` ints from ~scale/20 distinct values with one unique most frequent value:
dict/Counter counting is O(n), max(set, key=list.count) and friends are O(n * d)."""

import random

SCALE = 3000
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    n = max(4, scale)
    d = max(2, n // 20)
    values = rng.sample(range(1, 1000 * d), d)
    nums = [rng.choice(values[1:]) for _ in range(n)]
    # make values[0] the unique mode: more copies than any other value
    for _ in range(n // d + 1):
        nums[rng.randrange(n)] = values[0]
    counts = {}
    for x in nums:
        counts[x] = counts.get(x, 0) + 1
    mode = counts.get(values[0], 0)
    other = max([c for v, c in counts.items() if v != values[0]] or [0])
    for _ in range(max(0, other + 1 - mode)):
        nums.insert(rng.randrange(len(nums) + 1), values[0])
    return [nums]
