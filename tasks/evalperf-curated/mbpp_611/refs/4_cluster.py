def max_of_nth(matrix, n):
    """
    Return the maximum value of the n'th column of a matrix.
    
    Args:
        matrix (list of list of int): A matrix represented as a list of lists.
        n (int): Column index.
    
    Returns:
        int: The maximum value of the n'th column of the matrix.
    """
    
    if not matrix or not matrix[0] or n >= len(matrix[0]):
        raise ValueError("Invalid input: empty matrix, non-existing column index, or ill-formed matrix")
    
    column_values = [row[n] for row in matrix]
    return max(column_values)
