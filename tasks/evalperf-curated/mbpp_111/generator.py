"""Mbpp/111: 12 lists of `scale` distinct ints where the first two share half their values and the third
shares none of those, so the common elements run out after three lists (the answer is [], which every
correct solution returns in the same order): loops that stop once the running intersection is empty
read 3 lists, intersection_update(list) passes read every list without building sets, and solutions
that build a set of every list first (set.intersection(*map(set, ...)), `&= set(lst)`) pay 8 builds."""

import random

SCALE = 20000
SEED = 0


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    n = max(2, scale)
    lists = 12
    # disjoint value blocks, shuffled: block 0 is shared by lists 0 and 1, block i + 1 belongs to
    # list i alone, and each list from the third on also takes half of list 0's own values
    pool = rng.sample(range(0, 1000 * n), (lists + 1) * n)
    shared = pool[: n // 2]
    own = [pool[(i + 1) * n:(i + 2) * n] for i in range(lists)]
    result = [shared + own[0][: n - n // 2], shared + own[1][: n - n // 2]]
    for i in range(2, lists):
        result.append(own[0][: n // 2] + own[i][: n - n // 2])
    for lst in result:
        rng.shuffle(lst)
    return [result]
