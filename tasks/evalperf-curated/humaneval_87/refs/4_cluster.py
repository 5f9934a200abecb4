def get_row(lst, x):
    """
    Find coordinates of integer x in a 2D list (matrix-like) where each row may have a different number of columns.

    Args:
    lst (List[List[int]]): The 2D list to search in.
    x (int): The integer to search for.

    Returns:
    List[Tuple[int, int]]: A list of coordinates (row, column) where x was found, sorted as specified.

    Examples:
    >>> get_row([[1,2,3,4,5,6],[1,2,3,4,1,6],[1,2,3,4,5,1]], 1)
    [(0, 0), (1, 4), (1, 0), (2, 5), (2, 0)]
    >>> get_row([], 1)
    []
    >>> get_row([[], [1], [1, 2, 3]], 3)
    [(2, 2)]
    """
    coords = []

    # Iterate over rows
    for i, row in enumerate(lst):
        # Find x in current row, reverse the list to get descending column order
        coords.extend([(i, j) for j, val in enumerate(reversed(row)) if val == x])

    # Reverse to correct for the enumeration from right to left
    coords = [(i, len(lst[i]) - 1 - j) for i, j in coords]
    
    # Sort by rows in ascending order, and within each row, columns in descending order
    return sorted(coords, key=lambda coord: (coord[0], -coord[1]))
