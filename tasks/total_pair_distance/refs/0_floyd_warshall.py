def total_pair_distance(n: int, edges: list[list[int]]) -> int:
    INF = float("inf")
    dist = [[INF] * n for _ in range(n)]
    for i in range(n):
        dist[i][i] = 0
    for u, v in edges:
        if u != v:
            dist[u][v] = 1
            dist[v][u] = 1
    for k in range(n):
        for i in range(n):
            for j in range(n):
                if dist[i][k] + dist[k][j] < dist[i][j]:
                    dist[i][j] = dist[i][k] + dist[k][j]
    total = 0
    for i in range(n):
        for j in range(i + 1, n):
            if dist[i][j] != INF:
                total += dist[i][j]
    return total
