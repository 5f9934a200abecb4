def total_pair_distance(n: int, edges: list[list[int]]) -> int:
    """Return the sum of shortest-path distances over all connected pairs of nodes.

    The graph is undirected and unweighted, with nodes 0 .. n-1 (n may be 0). Each edge
    [u, v] joins u and v (edges may repeat; self-loops are allowed and change nothing).
    The distance between two nodes is the smallest number of edges on a path between
    them. Sum this distance over every unordered pair {u, v} with u != v that is
    connected by some path; pairs in different components contribute nothing.

    >>> total_pair_distance(4, [[0, 1], [1, 2], [2, 3]])
    10
    >>> total_pair_distance(3, [[0, 1]])
    1
    """
