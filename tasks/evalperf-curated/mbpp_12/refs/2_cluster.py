from typing import List
def sort_matrix(matrix: List[List[int]]) -> List[List[int]]:
    # Calculate the sum of each row
    row_sums = [sum(row) for row in matrix]

    # Sort the rows based on their sums
    sorted_rows = [matrix[i] for i in sorted(range(len(matrix)), key=lambda x: row_sums[x])]

    return sorted_rows
