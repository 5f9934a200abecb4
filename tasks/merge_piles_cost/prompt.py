def merge_piles_cost(piles: list[int]) -> int:
    """Return the cheapest total cost of merging a row of piles into one pile.

    piles[i] is the size of the i-th pile in a row (positive integers). One step merges
    two piles that are next to each other in the row into a single pile in their place;
    the step costs the size of the new pile. Repeat until one pile is left and return
    the minimum possible sum of step costs. Zero or one pile costs 0.

    >>> merge_piles_cost([4, 1, 3])
    12
    >>> merge_piles_cost([2, 2, 2, 2])
    16
    """
