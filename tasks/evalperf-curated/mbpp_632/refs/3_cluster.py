def move_zero(num_list):
    """
    This function takes a list of numbers as an input and moves all zeroes to the end of the list.
    It works by iterating through the list, and whenever it encounters a zero, it removes the zero from the list
    and adds it to the end. It continues this process until it has checked every element in the list.
    """
    # iterate over the list in reverse order so that removing elements doesn't affect the iteration
    for i in range(len(num_list)-1, -1, -1):
        # if the element is zero, remove it and append it to the end of the list
        if num_list[i] == 0:
            num_list.append(num_list.pop(i))
    return num_list
