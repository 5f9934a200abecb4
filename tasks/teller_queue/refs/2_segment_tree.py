def assign_tellers(arrivals: list[int], durations: list[int], tellers: int) -> list[int]:
    # Segment tree over tellers holding the minimum "idle from" time of each range: the
    # root gives the earliest idle moment and a walk down finds the leftmost idle teller.
    size = 1
    while size < tellers:
        size *= 2
    inf = float("inf")
    tree = [inf] * (2 * size)
    for j in range(tellers):
        tree[size + j] = 0
    for v in range(size - 1, 0, -1):
        a, b = tree[2 * v], tree[2 * v + 1]
        tree[v] = a if a < b else b
    result = []
    for a, d in zip(arrivals, durations):
        root = tree[1]
        start = a if a > root else root
        v = 1
        while v < size:
            v *= 2
            if tree[v] > start:
                v += 1
        result.append(v - size)
        tree[v] = start + d
        v //= 2
        while v:
            x, y = tree[2 * v], tree[2 * v + 1]
            m = x if x < y else y
            if tree[v] == m:
                break  # nothing above can change either
            tree[v] = m
            v //= 2
    return result
