from collections import deque


def window_max_total(values: list[int], k: int) -> int:
    # Indices whose values strictly decrease from front to back; the front is the window max.
    dq: deque[int] = deque()
    total = 0
    for i, v in enumerate(values):
        while dq and values[dq[-1]] <= v:
            dq.pop()
        dq.append(i)
        if dq[0] <= i - k:
            dq.popleft()
        if i >= k - 1:
            total += values[dq[0]]
    return total
