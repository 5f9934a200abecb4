def dense_ranks(values: list[int]) -> list[int]:
    distinct = sorted(set(values))
    rank = dict(zip(distinct, range(1, len(distinct) + 1)))
    return list(map(rank.__getitem__, values))
