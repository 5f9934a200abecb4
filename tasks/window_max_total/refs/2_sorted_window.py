from bisect import bisect_left, insort


def window_max_total(values: list[int], k: int) -> int:
    # Keep the current window as a sorted list: drop the outgoing value, insort the incoming one.
    n = len(values)
    if n < k:
        return 0
    window = sorted(values[:k])
    total = window[-1]
    for i in range(k, n):
        del window[bisect_left(window, values[i - k])]
        insort(window, values[i])
        total += window[-1]
    return total
