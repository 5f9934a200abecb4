def shortest_distances(n: int, edges: list[list[int]], source: int) -> list[int]:
    INF = float("inf")
    dist = [INF] * n
    dist[source] = 0
    # relax every edge until a full pass changes nothing (at most n - 1 useful passes)
    for _ in range(n):
        changed = False
        for u, v, w in edges:
            if dist[u] + w < dist[v]:
                dist[v] = dist[u] + w
                changed = True
        if not changed:
            break
    return [d if d != INF else -1 for d in dist]
