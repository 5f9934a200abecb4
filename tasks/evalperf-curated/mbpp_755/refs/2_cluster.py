def second_smallest(numbers):
  """Finds the second smallest number in a list.

  Args:
    numbers: A list of numbers.

  Returns:
    The second smallest number in the list, or None if the list has less than 
    two distinct elements.
  """
  # Handle edge cases: less than 2 elements 
  if len(set(numbers)) < 2:
    return None
  
  # Find the smallest and second smallest numbers
  smallest = min(numbers)
  second_smallest = max(numbers)  # Initialize with a large value

  for number in numbers:
    if number != smallest and number < second_smallest:
      second_smallest = number

  return second_smallest
