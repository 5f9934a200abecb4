def dense_ranks(values: list[int]) -> list[int]:
    distinct: list[int] = []
    for v in values:
        if v not in distinct:
            distinct.append(v)
    result = []
    for v in values:
        smaller = 0
        for d in distinct:
            if d < v:
                smaller += 1
        result.append(smaller + 1)
    return result
