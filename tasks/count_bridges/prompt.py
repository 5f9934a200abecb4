def count_bridges(n: int, edges: list[list[int]]) -> int:
    """Return how many edges of an undirected graph are bridges.

    The nodes are 0 .. n-1 (n may be 0) and each entry [u, v] of edges is one edge
    between u and v. Edges may repeat: every copy is a separate edge. An edge is a
    bridge when deleting just that one edge leaves its two end nodes with no path
    between them. So a self-loop is never a bridge, and neither is an edge that has a
    parallel copy.

    >>> count_bridges(5, [[0, 1], [1, 2], [2, 0], [2, 3], [3, 4]])
    2
    >>> count_bridges(2, [[0, 1], [1, 0]])
    0
    """
