def magic_square_test(matrix):
    n = len(matrix)

    # Check all row lengths are the same
    if any(len(row) != n for row in matrix):
        return False

    # Calculate the magic constant (sum of one row/col/diag)
    magic_constant = sum(matrix[0])

    # Check all rows and columns
    for i in range(n):
        if sum(row[i] for row in matrix) != magic_constant or sum(matrix[i]) != magic_constant:
            return False

    # Check both diagonals
    if sum(matrix[i][i] for i in range(n)) != magic_constant or sum(matrix[i][n-i-1] for i in range(n)) != magic_constant:
        return False

    return True
