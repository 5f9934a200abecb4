def min_spanning_forest(n: int, edges: list[list[int]]) -> int:
    # Prim's algorithm on an adjacency matrix, restarted in every component: O(V^2).
    INF = float("inf")
    weight = [[INF] * n for _ in range(n)]
    for u, v, w in edges:
        if u != v and w < weight[u][v]:
            weight[u][v] = w
            weight[v][u] = w
    in_tree = [False] * n
    best = [INF] * n
    total = 0
    for root in range(n):
        if in_tree[root]:
            continue
        best[root] = 0
        while True:
            u = -1
            bu = INF
            for x in range(n):
                if not in_tree[x] and best[x] < bu:
                    bu = best[x]
                    u = x
            if u < 0:
                break
            in_tree[u] = True
            total += bu
            row = weight[u]
            for x in range(n):
                if not in_tree[x] and row[x] < best[x]:
                    best[x] = row[x]
    return total
