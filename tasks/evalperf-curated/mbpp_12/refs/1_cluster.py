def sort_matrix(matrix):
    """
    Sorts a matrix in ascending order based on the sum of each row.
    
    Args:
    matrix (List[List[int]]): The input matrix to be sorted.
    
    Returns:
    List[List[int]]: A new matrix with rows sorted according to their sum.
    
    Example:
    >>> sort_matrix([[1, 2, 3], [2, 4, 5], [1, 1, 1]])
    [[1, 1, 1], [1, 2, 3], [2, 4, 5]]
    """
    # Create a list of tuples (row_sum, original_row_index, row)
    indexed_matrix = [(sum(row), i, row) for i, row in enumerate(matrix)]
    
    # Sort by the sum of rows
    indexed_matrix.sort(key=lambda x: x[0])
    
    # Extract the sorted rows
    return [row for _, _, row in indexed_matrix]
matrix = [[1, 2, 3], [2, 4, 5], [1, 1, 1]]
