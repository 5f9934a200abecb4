def total_pair_distance(n: int, edges: list[list[int]]) -> int:
    # Floyd-Warshall with each row relaxed by one comprehension over zipped rows.
    INF = 2 * n + 2  # larger than any real distance; INF + x stays >= INF
    dist = [[INF] * n for _ in range(n)]
    for i in range(n):
        dist[i][i] = 0
    for u, v in edges:
        if u != v:
            dist[u][v] = 1
            dist[v][u] = 1
    for k in range(n):
        row_k = dist[k]
        for i in range(n):
            dik = dist[i][k]
            if dik >= INF or i == k:
                continue
            dist[i] = [a if a <= dik + b else dik + b for a, b in zip(dist[i], row_k)]
    total = 0
    for i in range(n):
        total += sum(d for d in dist[i][i + 1:] if d < INF)
    return total
