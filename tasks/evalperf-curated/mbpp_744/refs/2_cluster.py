def check_none(input_tuple: tuple) -> bool:
    """
    This function checks if the given tuple has any None values or not
    """
    return any(item is None for item in input_tuple)
