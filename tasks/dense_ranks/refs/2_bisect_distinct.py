from bisect import bisect_left


def dense_ranks(values: list[int]) -> list[int]:
    distinct = sorted(set(values))
    return [bisect_left(distinct, v) + 1 for v in values]
