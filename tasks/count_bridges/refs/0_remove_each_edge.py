def count_bridges(n: int, edges: list[list[int]]) -> int:
    adj: list[list[tuple[int, int]]] = [[] for _ in range(n)]
    for i, (u, v) in enumerate(edges):
        adj[u].append((v, i))
        adj[v].append((u, i))
    bridges = 0
    for skip, (a, b) in enumerate(edges):
        if a == b:
            continue
        # is b still reachable from a without edge number `skip`?
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
