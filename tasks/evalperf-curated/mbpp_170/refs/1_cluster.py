def sum_range_list(numbers, start_index, end_index):
    """
    Calculate the sum of numbers in a list within a specified range.

    Args:
    numbers (list): A list of numbers.
    start_index (int): The starting index of the range.
    end_index (int): The ending index of the range.

    Returns:
    int: The sum of numbers within the specified range.

    Raises:
    IndexError: If start_index or end_index are out of bounds of the list.
    ValueError: If numbers is not a list or contains non-numeric values.
    TypeError: If start_index or end_index are not integers.
    """

    # Validate input types
    if not isinstance(numbers, list):
        raise ValueError("numbers must be a list")
    if not all(isinstance(x, (int, float)) for x in numbers):
        raise ValueError("all elements in numbers must be numeric")
    if not isinstance(start_index, int) or not isinstance(end_index, int):
        raise TypeError("start_index and end_index must be integers")

    # Validate index ranges
    if start_index < 0 or end_index >= len(numbers):
        raise IndexError("start_index or end_index out of bounds")

    # Calculate sum within range
    return sum(numbers[start_index:end_index + 1])
