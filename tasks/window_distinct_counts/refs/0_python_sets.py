def window_distinct_counts(values: list[int], k: int) -> list[int]:
    result = []
    for start in range(len(values) - k + 1):
        seen = set()
        for i in range(start, start + k):
            seen.add(values[i])
        result.append(len(seen))
    return result
