def min_spanning_forest(n: int, edges: list[list[int]]) -> int:
    # Kruskal's order, but each cycle test is a fresh DFS inside the forest built so far.
    adj: list[list[int]] = [[] for _ in range(n)]
    total = 0
    for u, v, w in sorted(edges, key=lambda e: e[2]):
        if u == v:
            continue
        seen = {u}
        stack = [u]
        connected = False
        while stack:
            x = stack.pop()
            if x == v:
                connected = True
                break
            for y in adj[x]:
                if y not in seen:
                    seen.add(y)
                    stack.append(y)
        if not connected:
            adj[u].append(v)
            adj[v].append(u)
            total += w
    return total
