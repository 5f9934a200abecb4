def max_of_nth(matrix, n):
    """
    Given a matrix represented as a list of lists, returns the maximum value of the n'th column.
    
    Parameters:
    matrix (list of lists): The matrix from which to find the maximum value.
    n (int): The index of the column from which to find the maximum value.
    
    Returns:
    int or float: The maximum value in the n'th column of the matrix.
    
    Raises:
    IndexError: If the matrix does not have enough columns.
    ValueError: If the matrix is empty or the columns are not of equal length.
    """
    
    # Check if the matrix is empty
    if not matrix:
        raise ValueError("Matrix is empty.")
    
    # Check if all rows have the same number of columns
    row_length = len(matrix[0])
    if any(len(row) != row_length for row in matrix):
        raise ValueError("Matrix columns are not of equal length.")
    
    # Check if the requested column index is within range
    if n >= row_length:
        raise IndexError("Matrix does not have an n'th column.")
    
    # Extract the n'th column and find the maximum value
    column = [row[n] for row in matrix]
    return max(column)
