def max_of_nth(matrix, n):
    """
    Given a matrix represented as a list of lists, returns the max of the n'th column.
    """
    if not matrix or not matrix[0]:
        raise ValueError("Matrix must be non-empty and contain at least one row with columns")

    # Use a list comprehension to extract the nth column and find its max
    column_values = [row[n] for row in matrix if len(row) > n]

    if not column_values:
        raise ValueError(f"The n'th column is out of range for the given matrix")

    return max(column_values)
