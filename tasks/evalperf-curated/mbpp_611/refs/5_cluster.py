def max_of_nth(matrix, n):
  """
  Given a matrix represented as a list of lists returns the max of the n'th column.

  Args:
      matrix: A list of lists representing the matrix.
      n: The index of the column to find the maximum value in.

  Returns:
      The maximum value in the n'th column.

  Raises:
      IndexError: If n is out of bounds for the matrix.
  """
  max_value = matrix[0][n]
  for row in matrix[1:]:
    if row[n] > max_value:
      max_value = row[n]
  return max_value
