def pair_sums(values: list[int]) -> int:
    s = sum(values)
    return (s * s - sum(v * v for v in values)) // 2
