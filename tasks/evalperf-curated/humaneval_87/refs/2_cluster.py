def get_row(lst, x):
    """
    Finds all occurrences of integer `x` in a nested list (similar to a matrix)
    and returns a list of tuples representing the coordinates (row, column) of `x`.
    
    The returned list is sorted first by row in ascending order, and then for each row,
    the coordinates are sorted by column in descending order.

    Parameters:
    - lst (list of lists): A 2D list with potentially varying column counts per row.
    - x (int): The integer to find within the 2D list.

    Returns:
    - list of tuples: [(row, column), ...] representing the locations of `x`.
    """

    # Initialize an empty list to store the coordinates of `x`
    coordinates = []

    # Iterate over each row in the list along with its index (starting from 0)
    for y, row in enumerate(lst):
        # For each row, iterate over the elements along with their column index
        for col, val in enumerate(row):
            # Check if the current element matches the target value `x`
            if val == x:
                # If it matches, append the coordinate (row, column) to the list
                coordinates.append((y, col))

    # First, sort the coordinates by row in ascending order
    # Then, for each row, sort the coordinates by column in descending order
    # This is achieved by first sorting by column in reverse, then by row
    coordinates.sort(key=lambda coord: (-coord[1], coord[0]))
    # Since Python's sort is stable, we can sort again to get the final order right
    coordinates.sort(key=lambda coord: (coord[0], -coord[1]))

    return coordinates
