def pairs_with_difference(values: list[int], diff: int) -> int:
    n = len(values)
    count = 0
    for i in range(n):
        for j in range(i + 1, n):
            if abs(values[i] - values[j]) == diff:
                count += 1
    return count
