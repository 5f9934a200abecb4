def zero_sum_triples(values: list[int]) -> int:
    n = len(values)
    before: dict[int, int] = {}
    count = 0
    for j in range(n):
        vj = values[j]
        for k in range(j + 1, n):
            count += before.get(-vj - values[k], 0)
        before[vj] = before.get(vj, 0) + 1
    return count
