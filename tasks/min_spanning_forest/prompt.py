def min_spanning_forest(n: int, edges: list[list[int]]) -> int:
    """Return the total weight of a minimum spanning forest of an undirected graph.

    The nodes are 0 .. n-1 (n may be 0). Each edge [u, v, w] joins u and v with integer
    weight w, which may be negative; edges may repeat, and self-loops [u, u, w] are
    never useful. Choose a subset of the edges that connects every pair of nodes that
    the whole graph connects and contains no cycle, with the smallest possible total
    weight, and return that total (0 when nothing needs to be chosen).

    >>> min_spanning_forest(4, [[0, 1, 4], [1, 2, 2], [0, 2, 3], [2, 3, 7]])
    12
    >>> min_spanning_forest(3, [[0, 1, -5]])
    -5
    """
