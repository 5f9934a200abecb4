def sort_matrix(matrix):
    # Calculate sum of each row
    row_sums = [sum(row) for row in matrix]
    # Sort both row_sums and matrix based on row_sums
    sorted_indexes = sorted(range(len(row_sums)), key=row_sums.__getitem__)
    sorted_matrix = [matrix[i] for i in sorted_indexes]
    return sorted_matrix
