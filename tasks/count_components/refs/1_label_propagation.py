def count_components(n: int, edges: list[list[int]]) -> int:
    # Every node starts with its own label; passes over the edges pull the smaller
    # label across each edge until nothing changes. Then every component carries the
    # label of its smallest node.
    label = list(range(n))
    changed = True
    while changed:
        changed = False
        for u, v in edges:
            lu = label[u]
            lv = label[v]
            if lu < lv:
                label[v] = lu
                changed = True
            elif lv < lu:
                label[u] = lv
                changed = True
    return sum(1 for i in range(n) if label[i] == i)
