from math import isqrt


def assign_tellers(arrivals: list[int], durations: list[int], tellers: int) -> list[int]:
    # Tellers split into about sqrt(k) blocks, each remembering its smallest "idle from"
    # time: scan the block minima, then only inside the first block that has an idle teller,
    # and recompute that block's minimum afterwards (all with plain loops).
    width = max(1, isqrt(tellers))
    free_at = [0] * tellers
    blocks = (tellers + width - 1) // width
    block_min = [0] * blocks
    result = []
    for a, d in zip(arrivals, durations):
        earliest = block_min[0]
        for b in range(1, blocks):
            if block_min[b] < earliest:
                earliest = block_min[b]
        start = a if a > earliest else earliest
        b = 0
        while block_min[b] > start:
            b += 1
        lo = b * width
        hi = min(lo + width, tellers)
        j = lo
        while free_at[j] > start:
            j += 1
        free_at[j] = start + d
        m = free_at[lo]
        for x in range(lo + 1, hi):
            if free_at[x] < m:
                m = free_at[x]
        block_min[b] = m
        result.append(j)
    return result
