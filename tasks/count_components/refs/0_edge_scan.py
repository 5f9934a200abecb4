def count_components(n: int, edges: list[list[int]]) -> int:
    seen = [False] * n
    components = 0
    for start in range(n):
        if seen[start]:
            continue
        components += 1
        seen[start] = True
        stack = [start]
        while stack:
            u = stack.pop()
            # find the neighbours of u by scanning the whole edge list
            for a, b in edges:
                if a == u and not seen[b]:
                    seen[b] = True
                    stack.append(b)
                elif b == u and not seen[a]:
                    seen[a] = True
                    stack.append(a)
    return components
