def shortest_distances(n: int, edges: list[list[int]], source: int) -> list[int]:
    adj: list[list[tuple[int, int]]] = [[] for _ in range(n)]
    for u, v, w in edges:
        adj[u].append((v, w))
    INF = float("inf")
    dist = [INF] * n
    dist[source] = 0
    frontier = {source}  # reached but unfinished nodes
    done = [False] * n
    while frontier:
        u = min(frontier, key=dist.__getitem__)  # O(V) scan, but at C level
        frontier.remove(u)
        done[u] = True
        du = dist[u]
        for v, w in adj[u]:
            if not done[v] and du + w < dist[v]:
                dist[v] = du + w
                frontier.add(v)
    return [d if d != INF else -1 for d in dist]
