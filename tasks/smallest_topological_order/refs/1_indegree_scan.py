def smallest_topological_order(n: int, edges: list[list[int]]) -> list[int]:
    out: list[list[int]] = [[] for _ in range(n)]
    indeg = [0] * n
    for u, v in edges:
        out[u].append(v)
        indeg[v] += 1
    placed = [False] * n
    order: list[int] = []
    for _ in range(n):
        pick = -1
        for v in range(n):
            if indeg[v] == 0 and not placed[v]:
                pick = v
                break
        if pick < 0:
            return []
        placed[pick] = True
        order.append(pick)
        for v in out[pick]:
            indeg[v] -= 1
    return order
