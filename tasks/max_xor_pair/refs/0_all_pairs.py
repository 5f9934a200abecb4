def max_xor_pair(values: list[int]) -> int:
    best = 0
    n = len(values)
    for i in range(n):
        x = values[i]
        for j in range(i + 1, n):
            v = x ^ values[j]
            if v > best:
                best = v
    return best
