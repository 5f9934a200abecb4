def min_swaps_to_sort(values: list[int]) -> int:
    """Return the fewest swaps needed to sort a list of distinct integers ascending.

    One swap exchanges the elements at any two positions (they need not be
    adjacent). All values are distinct; the list may be empty and may hold negative
    numbers. The input list must not be changed.

    >>> min_swaps_to_sort([4, 3, 1, 2])
    3
    >>> min_swaps_to_sort([2, 1, 3])
    1
    """
