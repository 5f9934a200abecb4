def unique_Element(lst):
    """
    Returns True if all elements in the list are the same, False otherwise.

    :param lst: A list of numbers
    :return: bool
    """
    # Check if the list is empty
    if not lst:
        return True  # or raise ValueError("List is empty") depending on your preference
    
    # Compare the list to a list containing the first element repeated
    # If all elements are the same, these two lists will be equal
    return lst == [lst[0]] * len(lst)
