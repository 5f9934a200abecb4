def concatenate_tuple(input_tuple, delimiter="-"):
    """Concatenates each element of a tuple with a delimiter.

    Args:
        input_tuple: The tuple to concatenate.
        delimiter: The delimiter to use. Defaults to "-".

    Returns:
        A string containing the concatenated elements.
        Returns an empty string if the input tuple is empty.
    """
    if not input_tuple:
      return ""

    result = str(input_tuple[0])
    for i in range(1, len(input_tuple)):
        result += delimiter + str(input_tuple[i])
    return result
