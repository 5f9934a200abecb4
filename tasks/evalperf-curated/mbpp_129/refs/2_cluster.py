def magic_square_test(matrix):
    # calculate the magic constant (e.g. 1+2+3+4 = 10)
    magic_const = sum(matrix[0])
    # the transpose of matrix
    transpose = list(map(list, zip(*matrix)))

    # check if all rows and columns sum up to the magic constant
    for row in matrix:
        if sum(row) != magic_const:
            return False
    for col in transpose:
        if sum(col) != magic_const:
            return False

    # check if the sum of diagonal elements equals to the magic constant
    diag_sum1 = sum(matrix[i][i] for i in range(len(matrix)))
    diag_sum2 = sum(matrix[i][len(matrix)-i-1] for i in range(len(matrix)))
    if diag_sum1 != magic_const or diag_sum2 != magic_const:
        return False

    return True
