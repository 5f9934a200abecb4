def subarray_spread_total(values: list[int]) -> int:
    # One left-to-right pass with two monotonic stacks. An index is popped exactly when its
    # right boundary is found; its left boundary is the index below it on the stack, so its
    # whole contribution is added at that moment. Stacks are flushed at the end with i = n.
    n = len(values)
    total = 0
    hi: list[int] = []  # values strictly decreasing from bottom to top
    lo: list[int] = []  # values strictly increasing from bottom to top
    for i, v in enumerate(values):
        while hi and values[hi[-1]] <= v:
            j = hi.pop()
            total += values[j] * (j - (hi[-1] if hi else -1)) * (i - j)
        hi.append(i)
        while lo and values[lo[-1]] >= v:
            j = lo.pop()
            total -= values[j] * (j - (lo[-1] if lo else -1)) * (i - j)
        lo.append(i)
    while hi:
        j = hi.pop()
        total += values[j] * (j - (hi[-1] if hi else -1)) * (n - j)
    while lo:
        j = lo.pop()
        total -= values[j] * (j - (lo[-1] if lo else -1)) * (n - j)
    return total
