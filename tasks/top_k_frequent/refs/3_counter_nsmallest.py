from collections import Counter
from heapq import nsmallest


def top_k_frequent(values: list[int], k: int) -> list[int]:
    counts = Counter(values)
    best = nsmallest(k, counts.items(), key=lambda item: (-item[1], item[0]))
    return [v for v, _ in best]
