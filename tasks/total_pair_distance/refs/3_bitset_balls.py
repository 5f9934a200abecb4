def total_pair_distance(n: int, edges: list[list[int]]) -> int:
    # ball[i] = bit mask of the nodes within distance r of i. Growing every ball by one
    # step is an OR over neighbour balls. A connected pair at distance d is outside the
    # balls for r = 0 .. d-1, so the answer counts, over all rounds, the nodes that are
    # not yet inside the balls -- measured against the final (component) balls.
    adj: list[list[int]] = [[] for _ in range(n)]
    for u, v in edges:
        if u != v:
            adj[u].append(v)
            adj[v].append(u)
    ball = [1 << i for i in range(n)]
    sizes = [1] * n
    history: list[int] = []  # sum of ball sizes after each round
    active = [i for i in range(n) if adj[i]]
    while active:
        new_ball = ball[:]
        still = []
        for i in active:
            b = ball[i]
            for j in adj[i]:
                b |= ball[j]
            if b != ball[i]:
                new_ball[i] = b
                sizes[i] = b.bit_count()
                still.append(i)
        ball = new_ball
        history.append(sum(sizes))
        active = still
    final = sum(sizes)
    # round r (r = 0, 1, ...) misses final - size_r nodes; size_0 = n
    total = final - n
    for s in history:
        total += final - s
    return total // 2
