def window_distinct_counts(values: list[int], k: int) -> list[int]:
    return [len(set(values[i:i + k])) for i in range(len(values) - k + 1)]
