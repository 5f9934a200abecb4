def magic_square_test(matrix):
    """
    Determines if the provided matrix is a magic square.
    
    A magic square is a square matrix in which the sum of every row,
    the sum of every column, and the sums of both main diagonals are equal.
    
    Args:
        matrix (list of list of int): The square matrix to test.
        
    Returns:
        bool: True if the matrix is a magic square, False otherwise.
    """
    if not matrix or not all(len(row) == len(matrix) for row in matrix):
        # The matrix must be non-empty and square
        return False
    
    n = len(matrix)
    magic_sum = sum(matrix[0])
    
    # Check sums of all rows
    for row in matrix:
        if sum(row) != magic_sum:
            return False
    
    # Check sums of all columns
    for col in range(n):
        column_sum = sum(matrix[row][col] for row in range(n))
        if column_sum != magic_sum:
            return False
    
    # Check sum of the main diagonal
    main_diagonal_sum = sum(matrix[i][i] for i in range(n))
    if main_diagonal_sum != magic_sum:
        return False
    
    # Check sum of the secondary diagonal
    secondary_diagonal_sum = sum(matrix[i][n - 1 - i] for i in range(n))
    if secondary_diagonal_sum != magic_sum:
        return False
    
    return True
