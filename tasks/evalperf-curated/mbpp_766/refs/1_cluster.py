def pair_wise(input_list):
    """
    Return a list of all pairs of consecutive items in the given list.

    :param input_list: List of elements to be paired.
    :return: List of tuples, each containing a pair of consecutive elements.
    """
    result = []
    for i in range(len(input_list) - 1):
        pair = (input_list[i], input_list[i+1])
        result.append(pair)
    return result
