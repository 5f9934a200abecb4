def sort_even(numbers: list) -> list:
    """
    Returns a new list where the elements at even indices are sorted 
    while maintaining the original elements at odd indices.

    Args:
    numbers: A list of numbers

    Returns:
    A new list where the elements at even indices are sorted
    """
    even_nums = sorted([num for idx, num in enumerate(numbers) if idx % 2 == 0])
    result = []
    even_idx = 0

    for idx, num in enumerate(numbers):
        if idx % 2 == 0:
            result.append(even_nums[even_idx])
            even_idx += 1
        else:
            result.append(num)

    return result
