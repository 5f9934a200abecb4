def top_k_frequent(values: list[int], k: int) -> list[int]:
    tallies = sorted((-values.count(v), v) for v in set(values))
    return [v for _, v in tallies[:k]]
