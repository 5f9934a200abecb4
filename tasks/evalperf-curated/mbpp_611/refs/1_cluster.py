def max_of_nth(matrix, n):
    # Ensure the column index n is within the bounds of the matrix
    if not all(len(row) > n for row in matrix):
        return None  # Return None if the column index is out of bounds
    
    # Use list comprehension to gather elements of the nth column and find the max
    return max(row[n] for row in matrix)
