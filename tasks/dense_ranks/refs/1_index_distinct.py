def dense_ranks(values: list[int]) -> list[int]:
    distinct = sorted(set(values))
    return [distinct.index(v) + 1 for v in values]
