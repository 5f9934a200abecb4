def magic_square_test(matrix):
    # Check if input is a 2D list
    if not all(isinstance(row, list) for row in matrix):
        return False

    # Calculate sum of the first row
    magic_sum = sum(matrix[0])

    # Check if matrix is a square
    if len(matrix) != len(matrix[0]) or any(len(row) != len(matrix) for row in matrix):
        return False

    # Check if all rows, columns, and diagonals have the same sum
    for i in range(len(matrix)):
        if sum(matrix[i]) != magic_sum or sum(matrix[j][i] for j in range(len(matrix))) != magic_sum:
            return False
    if sum(matrix[i][i] for i in range(len(matrix))) != magic_sum or sum(matrix[i][len(matrix) - 1 - i] for i in range(len(matrix))) != magic_sum:
        return False

    return True
