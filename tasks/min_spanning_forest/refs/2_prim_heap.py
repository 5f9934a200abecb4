from heapq import heappop, heappush


def min_spanning_forest(n: int, edges: list[list[int]]) -> int:
    adj: list[list[tuple[int, int]]] = [[] for _ in range(n)]
    for u, v, w in edges:
        if u != v:
            adj[u].append((w, v))
            adj[v].append((w, u))
    in_tree = [False] * n
    total = 0
    for root in range(n):
        if in_tree[root]:
            continue
        heap = [(0, root)]
        while heap:
            w, u = heappop(heap)
            if in_tree[u]:
                continue
            in_tree[u] = True
            total += w
            for item in adj[u]:
                if not in_tree[item[1]]:
                    heappush(heap, item)
    return total
