def freq_count(lst):
    """
    Returns a dictionary with elements from the list as keys and their corresponding frequency as values.

    :param lst: list of elements
    :return: dictionary with frequency of elements from the list
    """
    return {i: lst.count(i) for i in lst}
