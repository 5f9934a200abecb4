def count_bridges(n: int, edges: list[list[int]]) -> int:
    # Only edges of a spanning forest can be bridges: any other edge closes a cycle.
    # Each forest edge is tested with a reachability search that avoids it.
    adj: list[list[tuple[int, int]]] = [[] for _ in range(n)]
    for i, (u, v) in enumerate(edges):
        adj[u].append((v, i))
        adj[v].append((u, i))
    tree_edges: list[int] = []
    seen = [False] * n
    for root in range(n):
        if seen[root]:
            continue
        seen[root] = True
        stack = [root]
        while stack:
            x = stack.pop()
            for y, i in adj[x]:
                if not seen[y]:
                    seen[y] = True
                    tree_edges.append(i)
                    stack.append(y)
    bridges = 0
    for skip in tree_edges:
        a, b = edges[skip]
        seen = [False] * n
        seen[a] = True
        stack = [a]
        found = False
        while stack and not found:
            x = stack.pop()
            for y, i in adj[x]:
                if i != skip and not seen[y]:
                    if y == b:
                        found = True
                        break
                    seen[y] = True
                    stack.append(y)
        if not found:
            bridges += 1
    return bridges
