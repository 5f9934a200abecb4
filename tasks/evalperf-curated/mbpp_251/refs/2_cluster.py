def insert_element(lst, elem):
    """
    Inserts an element before each element in the given list.
    
    Parameters:
    lst (list): The original list.
    elem: The element to insert before each item in the list.
    
    Returns:
    list: A new list with the element inserted before each original item.
    """
    n = len(lst)
    result = [None] * (2 * n)
    for i in range(n):
        result[2 * i] = elem
        result[2 * i + 1] = lst[i]
    return result
