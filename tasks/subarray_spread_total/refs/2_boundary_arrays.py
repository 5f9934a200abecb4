def subarray_spread_total(values: list[int]) -> int:
    # sum(max) - sum(min) over all sublists. Each sublist's max is credited to its leftmost
    # maximal element: element i is that max for (i - L) * (R - i) sublists, where L is the
    # previous index with a value >= values[i] and R the next index with a value > values[i].
    # The boundaries come from four monotonic-stack passes; minima are handled symmetrically.
    n = len(values)

    def boundaries(prev_blocks, next_blocks):
        left = [-1] * n
        stack: list[int] = []
        for i in range(n):
            while stack and not prev_blocks(values[stack[-1]], values[i]):
                stack.pop()
            left[i] = stack[-1] if stack else -1
            stack.append(i)
        right = [n] * n
        stack = []
        for i in range(n - 1, -1, -1):
            while stack and not next_blocks(values[stack[-1]], values[i]):
                stack.pop()
            right[i] = stack[-1] if stack else n
            stack.append(i)
        return left, right

    max_left, max_right = boundaries(lambda a, b: a >= b, lambda a, b: a > b)
    min_left, min_right = boundaries(lambda a, b: a <= b, lambda a, b: a < b)
    total = 0
    for i in range(n):
        total += values[i] * ((i - max_left[i]) * (max_right[i] - i) - (i - min_left[i]) * (min_right[i] - i))
    return total
