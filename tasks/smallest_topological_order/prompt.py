def smallest_topological_order(n: int, edges: list[list[int]]) -> list[int]:
    """Return the lexicographically smallest topological order of a directed graph.

    The nodes are 0 .. n-1 (n may be 0). An edge [u, v] means u must come before v in the
    order; edges may repeat. Among all orderings of the n nodes that respect every edge,
    return the lexicographically smallest one (compare the first position, then the
    second, ...). If no valid ordering exists (the graph has a cycle, including a
    self-loop), return an empty list.

    >>> smallest_topological_order(4, [[3, 1], [2, 1], [1, 0]])
    [2, 3, 1, 0]
    >>> smallest_topological_order(2, [[0, 1], [1, 0]])
    []
    """
