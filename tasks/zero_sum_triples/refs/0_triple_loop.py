def zero_sum_triples(values: list[int]) -> int:
    n = len(values)
    count = 0
    for i in range(n):
        for j in range(i + 1, n):
            for k in range(j + 1, n):
                if values[i] + values[j] + values[k] == 0:
                    count += 1
    return count
