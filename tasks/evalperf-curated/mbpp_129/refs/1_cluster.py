def magic_square_test(square):
    # Helper function to calculate the sum of each row
    def sum_row(matrix, row_index):
        return sum(matrix[row_index])
    
    # Helper function to calculate the sum of each column
    def sum_col(matrix, col_index):
        return sum(matrix[row][col_index] for row in range(len(matrix)))
    
    # Helper function to calculate the sum of the main diagonal
    def sum_main_diagonal(matrix):
        return sum(matrix[i][i] for i in range(len(matrix)))
    
    # Helper function to calculate the sum of the secondary diagonal
    def sum_secondary_diagonal(matrix):
        return sum(matrix[i][len(matrix) - 1 - i] for i in range(len(matrix)))
    
    # Calculate the sum of the first row to use as a reference
    reference_sum = sum_row(square, 0)
    
    # Check the sum of each row
    for row in square:
        if sum_row(square, square.index(row)) != reference_sum:
            return False
    
    # Check the sum of each column
    for col in range(len(square)):
        if sum_col(square, col) != reference_sum:
            return False
    
    # Check the sum of the main diagonal
    if sum_main_diagonal(square) != reference_sum:
        return False
    
    # Check the sum of the secondary diagonal
    if sum_secondary_diagonal(square) != reference_sum:
        return False
    
    # If all sums match, it is a magic square
    return True
