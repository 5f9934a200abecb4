def count_components(n: int, edges: list[list[int]]) -> int:
    parent = list(range(n))
    components = n
    for u, v in edges:
        # find roots with path halving
        while parent[u] != u:
            parent[u] = parent[parent[u]]
            u = parent[u]
        while parent[v] != v:
            parent[v] = parent[parent[v]]
            v = parent[v]
        if u != v:
            parent[u] = v
            components -= 1
    return components
