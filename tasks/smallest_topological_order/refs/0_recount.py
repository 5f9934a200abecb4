def smallest_topological_order(n: int, edges: list[list[int]]) -> list[int]:
    placed = [False] * n
    order: list[int] = []
    for _ in range(n):
        # count the incoming edges from nodes that are not placed yet
        blocked = [False] * n
        for u, v in edges:
            if not placed[u]:
                blocked[v] = True
        pick = -1
        for v in range(n):
            if not placed[v] and not blocked[v]:
                pick = v
                break
        if pick < 0:
            return []
        placed[pick] = True
        order.append(pick)
    return order
