def smallest_num(numbers):
    """
    Finds the smallest number in a list.

    Args:
        numbers: A list of numbers.

    Returns:
        The smallest number in the list.
        Returns None if the list is empty.
        Raises TypeError if input is not a list or if the list contains non-numeric values.
    """

    if not isinstance(numbers, list):
        raise TypeError("Input must be a list.")

    if not numbers:
        return None  # Handle empty list case

    for num in numbers:
        if not isinstance(num,(int,float)):
             raise TypeError("List elements must be numeric")


    smallest = numbers[0]  # Initialize with the first element

    for num in numbers:
        if num < smallest:
            smallest = num

    return smallest
