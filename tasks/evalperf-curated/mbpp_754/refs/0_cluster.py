def extract_index_list(l1, l2, l3):
    """
    Finds common elements from three lists under the same index.

    Args:
        l1 (list): The first list.
        l2 (list): The second list.
        l3 (list): The third list.

    Returns:
        list: A list of common elements.
    """
    # Use zip to iterate through the three lists simultaneously
    # and a list comprehension to check if all elements at the same index are equal
    common_elements = [element for element, *_ in zip(l1, l2, l3) if len(set([element, *_])) == 1]
    return common_elements
