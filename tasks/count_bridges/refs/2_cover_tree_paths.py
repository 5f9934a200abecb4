def count_bridges(n: int, edges: list[list[int]]) -> int:
    # Build a spanning forest; every non-tree edge (u, v) closes a cycle, so no tree edge
    # on the forest path between u and v is a bridge. Walk both ends up to their meeting
    # point and mark the edges passed. Unmarked tree edges are the bridges.
    adj: list[list[tuple[int, int]]] = [[] for _ in range(n)]
    for i, (u, v) in enumerate(edges):
        adj[u].append((v, i))
        adj[v].append((u, i))
    parent = [-1] * n
    depth = [-1] * n
    is_tree = [False] * len(edges)
    for root in range(n):
        if depth[root] >= 0:
            continue
        depth[root] = 0
        stack = [root]
        while stack:
            x = stack.pop()
            for y, i in adj[x]:
                if depth[y] < 0:
                    depth[y] = depth[x] + 1
                    parent[y] = x
                    is_tree[i] = True
                    stack.append(y)
    covered = [False] * n  # covered[x]: the tree edge from x to parent[x] lies on a cycle
    for i, (u, v) in enumerate(edges):
        if is_tree[i] or u == v:
            continue
        while u != v:
            if depth[u] < depth[v]:
                u, v = v, u
            covered[u] = True
            u = parent[u]
    return sum(1 for x in range(n) if parent[x] >= 0 and not covered[x])
