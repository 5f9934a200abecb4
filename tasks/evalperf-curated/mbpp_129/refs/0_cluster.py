def magic_square(matrix):
    """Calculate whether the matrix is a magic square."""
    n = len(matrix)

    # check if the length of the matrix is equal to the length of each row
    if not all(len(row) == n for row in matrix):
        return False

    # calculate the sum of the main diagonal
    main_diagonal_sum = sum(matrix[i][i] for i in range(n))

    # calculate the sum of the anti-main diagonal
    anti_main_diagonal_sum = sum(matrix[i][n-i-1] for i in range(n))

    # if the sums are not equal, the matrix is not a magic square
    if main_diagonal_sum != anti_main_diagonal_sum:
        return False

    # calculate the sum of each row
    row_sums = [sum(row) for row in matrix]

    # calculate the sum of each column
    column_sums = [sum(matrix[row][column] for row in range(n)) for column in range(n)]

    # if the sums of all rows and columns are not equal to the sum of the main diagonal,
    # the matrix is not a magic square
    if not all(sum == main_diagonal_sum for sum in row_sums + column_sums):
        return False

    return True
def magic_square_test(matrix):
    """Test whether the matrix is a magic square."""
    return magic_square(matrix)
