def shortest_distances(n: int, edges: list[list[int]], source: int) -> list[int]:
    """Return the shortest path length from source to every node of a directed graph.

    The nodes are 0 .. n-1 (n >= 1) and source is one of them. Each edge [u, v, w] is a
    one-way road from u to v of non-negative integer length w; there may be several
    roads between the same nodes and roads from a node to itself. Return a list dist of
    length n with dist[v] = the smallest total length of a path from source to v, and
    dist[v] = -1 when no path exists. dist[source] is 0.

    >>> shortest_distances(4, [[0, 1, 5], [0, 2, 1], [2, 1, 2], [1, 3, 1]], 0)
    [0, 3, 1, 4]
    >>> shortest_distances(3, [[1, 0, 2]], 0)
    [0, -1, -1]
    """
