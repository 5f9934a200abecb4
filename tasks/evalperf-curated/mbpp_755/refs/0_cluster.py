def second_smallest(numbers):
    """
    Finds the second smallest number in a list.

    Args:
      numbers: A list of numbers.

    Returns:
      The second smallest number in the list.  Returns None if the list has fewer than 2 elements.

    Raises:
      TypeError: if input is not a list.
      ValueError: if the list contains non-numeric values.

    """
    if not isinstance(numbers, list):
        raise TypeError("Input must be a list.")
    if len(numbers) < 2:
        return None

    #Handle potential errors related to non-numeric values.
    if not all(isinstance(num, (int, float)) for num in numbers):
        raise ValueError("List must contain only numbers.")

    unique_numbers = sorted(list(set(numbers)))  #Remove duplicates and sort

    if len(unique_numbers) < 2:
        return None #Handle case with only one unique number.
    else:
        return unique_numbers[1]
