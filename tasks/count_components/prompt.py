def count_components(n: int, edges: list[list[int]]) -> int:
    """Return the number of connected components of an undirected graph.

    The nodes are 0 .. n-1 (n may be 0). Each edge [u, v] joins u and v in both
    directions; edges may repeat and may join a node to itself. A node without edges
    is a component on its own.

    >>> count_components(5, [[0, 1], [1, 2], [3, 4]])
    2
    >>> count_components(3, [])
    3
    """
