def odd_position(lst):
    """
    Check if every odd index contains an odd number in the given list.
    
    Args:
        lst (list): Input list of numbers.
    
    Returns:
        bool: True if every odd index contains an odd number, False otherwise.
    """
    return all(num % 2 != 0 for idx, num in enumerate(lst) if idx % 2 != 0)
