def check_none(input_tuple):
    """
    Checks if the given tuple has any None value.

    Args:
        input_tuple (tuple): Input tuple to check.

    Returns:
        bool: True if tuple has any None value, False otherwise.
    """
    return any(t == None for t in input_tuple)
