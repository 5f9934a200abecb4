from heapq import heapify, heappop, heapreplace


def rope_merge_cost(lengths: list[int]) -> int:
    # Pop the smallest, then overwrite the new root with the joined piece: two sift
    # operations per join instead of three.
    heap = list(lengths)
    heapify(heap)
    total = 0
    for _ in range(len(heap) - 1):
        joined = heappop(heap) + heap[0]
        total += joined
        heapreplace(heap, joined)
    return total
