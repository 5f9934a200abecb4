def concatenate_tuple(input_tuple, delimiter='-'):
    """Concatenates each element of a tuple using the specified delimiter.

    Args:
        input_tuple: The tuple to concatenate.
        delimiter: The string used to separate the elements. Defaults to '-'.

    Returns:
        A string containing the concatenated elements.
    """

    result = ""
    for i, element in enumerate(input_tuple):
        result += str(element)
        if i < len(input_tuple) - 1:
            result += delimiter
    return result
