def index_minimum(tuples):
  """
  Finds the first value of the tuple with the smallest second value in a list of tuples.

  Args:
    tuples: A list of tuples, where each tuple has two elements.

  Returns:
    The first value of the tuple with the smallest second value.
  """
  return min(tuples, key=lambda x: x[1])[0]
tuples = [('Rash', 143), ('Manjeet', 200), ('Varsha', 100)]
