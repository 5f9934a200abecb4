def concatenate_tuple(t, delimiter='-'):
    # Check if input is a tuple
    if not isinstance(t, tuple):
        raise ValueError("Input should be a tuple.")
    # Check if delimiter is a string
    if not isinstance(delimiter, str):
        raise ValueError("Delimiter should be a string.")
    # Convert each element of tuple into string, if it is not already a string
    str_elements = [str(i) for i in t]
    # Concatenate the elements with the delimiter
    result = delimiter.join(str_elements)
    return result
