def find_sum(lst):
    """
    This function takes a list as input and returns the sum of unique elements in the list.
    """
    # Remove duplicates from the list
    unique_elements = list(set(lst))
    # Calculate the sum of the unique elements
    sum_unique = sum(unique_elements)
    return sum_unique
