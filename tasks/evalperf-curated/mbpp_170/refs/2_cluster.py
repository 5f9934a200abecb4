def sum_range_list(numbers, start_index, end_index):
    """
    This function calculates the sum of numbers in a list within a specified range.

    Args:
        numbers (list): A list of integers.
        start_index (int): The starting index of the range (inclusive).
        end_index (int): The ending index of the range (inclusive).

    Returns:
        int: The sum of numbers in the specified range.
    """
    # Validate input indices
    if not isinstance(numbers, list) or not all(isinstance(x, int) for x in numbers):
        raise ValueError("Input list must contain only integers.")
    if not isinstance(start_index, int) or not isinstance(end_index, int):
        raise ValueError("Start and end indices must be integers.")
    if start_index < 0 or end_index >= len(numbers):
        raise ValueError("Invalid index value. Index should be within the bounds of the list.")

    # Calculate the sum
    return sum(numbers[start_index:end_index+1])
