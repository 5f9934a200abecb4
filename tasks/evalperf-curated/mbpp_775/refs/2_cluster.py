def odd_position(lst):
    """
    Check if every odd index in the list contains odd numbers.
    
    Args:
    lst: List of integers
    
    Returns:
    bool: True if every odd index contains an odd number, False otherwise
    """
    return all(lst[i] % 2 != 0 for i in range(1, len(lst), 2))
