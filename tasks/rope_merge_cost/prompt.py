def rope_merge_cost(lengths: list[int]) -> int:
    """Pieces of rope with the given non-negative lengths must be joined into one piece.
    Joining two pieces of lengths a and b costs a + b and yields one piece of length a + b;
    joins may happen in any order. Return the minimum possible total cost.

    Zero or one piece needs no joins and costs 0.

    >>> rope_merge_cost([5, 2, 8, 1])
    27
    >>> rope_merge_cost([5])
    0
    """
