def remove_kth_element(input_list, k):
    """
    Function to remove kth element from the input list.

    Parameters:
    input_list (list): a list of elements
    k (int): the position of the element to be removed (1-indexed)

    Returns:
    list: a list with the kth element removed
    """
    # Validate the inputs
    if not isinstance(input_list, list) or not all(isinstance(i, int) for i in input_list):
        raise ValueError('input_list must be a list of integers')
    if not isinstance(k, int) or k <= 0 or k > len(input_list):
        raise ValueError('k must be an integer between 1 and the length of the input_list')

    # Remove the kth element from the list
    output_list = input_list[:k-1] + input_list[k:]
    return output_list
