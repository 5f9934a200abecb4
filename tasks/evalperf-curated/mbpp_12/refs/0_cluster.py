def sort_matrix(matrix):
    """
    Sorts a given matrix in ascending order according to the sum of its rows.

    Args:
        matrix (list of lists): A 2D list of integers.

    Returns:
        list of lists: The sorted matrix.
    """
    # Calculate the sum of each row
    row_sums = [sum(row) for row in matrix]
    
    # Use list comprehension to zip the matrix with its row sums, sort based on the row sums, and then extract the rows
    sorted_matrix = [list(row) for _, row in sorted(zip(row_sums, matrix))]
    
    return sorted_matrix
