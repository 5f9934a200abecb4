def list_split(input_list, n):
    """
    This function takes in a list and an integer n, 
    then splits the list into sublists by every nth element.

    Args:
        input_list (list): The list to be split.
        n (int): The interval to split the list.

    Returns:
        list: A list of the resulting sublists.
    """
    # Calculate the number of columns required
    num_cols = (len(input_list) + n - 1) // n
    # Use list comprehension to rearrange the list into columns
    return [[input_list[i + j * n] for j in range(num_cols) if i + j * n < len(input_list)] for i in range(n)]
