def list_split(input_list, n):
    """
    Splits the input_list into sublists for every nth element.

    Parameters:
    input_list (list): The list to be split.
    n (int): The number of elements after which to split.

    Returns:
    list: A list of sublists containing the elements from the input_list.
    """
    result = []
    for i in range(n):
        sublist = []
        for j in range(i, len(input_list), n):
            sublist.append(input_list[j])
        result.append(sublist)
    return result
