def index_minimum(list_of_tuples):
    """
    Finds the first value of the tuple with the smallest second value.

    Args:
        list_of_tuples: A list of tuples, where each tuple has at least two elements.

    Returns:
        The first element of the tuple with the smallest second element.  Returns None if the list is empty.

    Raises:
        TypeError: if input is not a list.
        ValueError: if any tuple in the list does not have at least two elements, or if the second element is not comparable.

    """
    if not isinstance(list_of_tuples, list):
        raise TypeError("Input must be a list of tuples.")
    if not list_of_tuples:
        return None

    for tup in list_of_tuples:
        if not isinstance(tup, tuple) or len(tup) < 2:
            raise ValueError("All elements in the list must be tuples with at least two elements.")
        try:
            float(tup[1]) #check if comparable, this handles int and floats.
        except ValueError:
            raise ValueError("The second element of each tuple must be comparable.")


    min_tuple = min(list_of_tuples, key=lambda x: x[1])
    return min_tuple[0]
