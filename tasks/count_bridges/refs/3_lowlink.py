def count_bridges(n: int, edges: list[list[int]]) -> int:
    # Iterative DFS with low-link values (Tarjan). Edge ids, not parent nodes, are
    # skipped, so a parallel copy of the tree edge correctly counts as a back edge.
    adj: list[list[tuple[int, int]]] = [[] for _ in range(n)]
    for i, (u, v) in enumerate(edges):
        adj[u].append((v, i))
        adj[v].append((u, i))
    tin = [-1] * n
    low = [0] * n
    timer = 0
    bridges = 0
    for root in range(n):
        if tin[root] >= 0:
            continue
        tin[root] = low[root] = timer
        timer += 1
        stack = [(root, -1, iter(adj[root]))]
        while stack:
            u, parent_edge, it = stack[-1]
            descended = False
            for v, i in it:
                if i == parent_edge:
                    continue
                if tin[v] < 0:
                    tin[v] = low[v] = timer
                    timer += 1
                    stack.append((v, i, iter(adj[v])))
                    descended = True
                    break
                if tin[v] < low[u]:
                    low[u] = tin[v]
            if not descended:
                stack.pop()
                if stack:
                    p = stack[-1][0]
                    if low[u] < low[p]:
                        low[p] = low[u]
                    if low[u] > tin[p]:
                        bridges += 1
    return bridges
