from heapq import heapify, heappop, heappush


def smallest_topological_order(n: int, edges: list[list[int]]) -> list[int]:
    out: list[list[int]] = [[] for _ in range(n)]
    indeg = [0] * n
    for u, v in edges:
        out[u].append(v)
        indeg[v] += 1
    ready = [v for v in range(n) if indeg[v] == 0]
    heapify(ready)
    order: list[int] = []
    while ready:
        u = heappop(ready)
        order.append(u)
        for v in out[u]:
            indeg[v] -= 1
            if indeg[v] == 0:
                heappush(ready, v)
    return order if len(order) == n else []
