def window_max_total(values: list[int], k: int) -> int:
    # Same O(n*k) work, but each window's maximum is found by the C-level max().
    return sum(max(values[i:i + k]) for i in range(len(values) - k + 1))
