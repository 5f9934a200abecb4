def distinct_count(values: list[int]) -> int:
    return len(set(values))
