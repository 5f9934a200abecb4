def distinct_count(values: list[int]) -> int:
    seen = []
    for v in values:
        if v not in seen:
            seen.append(v)
    return len(seen)
