def top_k_frequent(values: list[int], k: int) -> list[int]:
    counts: dict[int, int] = {}
    for v in values:
        if v in counts:
            counts[v] += 1
        else:
            counts[v] = 1
    ranked = sorted(counts, key=lambda v: (-counts[v], v))
    return ranked[:k]
