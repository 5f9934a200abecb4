def window_max_total(values: list[int], k: int) -> int:
    total = 0
    for start in range(len(values) - k + 1):
        best = values[start]
        for j in range(start + 1, start + k):
            if values[j] > best:
                best = values[j]
        total += best
    return total
