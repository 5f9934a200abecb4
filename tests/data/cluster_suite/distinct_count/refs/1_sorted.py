def distinct_count(values: list[int]) -> int:
    ordered = sorted(values)
    count = 0
    for i in range(len(ordered)):
        if i == 0 or ordered[i] != ordered[i - 1]:
            count += 1
    return count
