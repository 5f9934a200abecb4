def max_of_nth(matrix, n):
    """
    Returns the maximum value of the nth column in a matrix.
    
    Args:
        matrix (list of lists): The matrix to search.
        n (int): The column index to find the maximum value in.
        
    Returns:
        int or float: The maximum value in the nth column.
        
    Raises:
        IndexError: If the matrix does not have enough columns.
        TypeError: If the input matrix is not a list of lists.
    """
    if not all(isinstance(row, list) for row in matrix):
        raise TypeError("Input matrix must be a list of lists.")
    if not all(len(row) > n for row in matrix):
        raise IndexError(f"Matrix does not have an nth column at index {n}.")
    return max(row[n] for row in matrix)
