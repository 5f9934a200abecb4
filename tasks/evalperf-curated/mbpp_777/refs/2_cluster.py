def find_sum(lst):
    """
    This function finds the sum of non-repeated elements in a given list.

    Args:
        lst (list): A list of integers.

    Returns:
        int: The sum of non-repeated elements in the list.
    """
    seen = {}  # Create a dictionary to store elements we've seen
    sum_of_non_repeats = 0  # Variable to store the sum of non-repeated elements
    for element in lst:  # Iterate over the list
        if element in seen:  # If the element has been seen before
            seen[element] += 1  # Increment its count
        else:
            seen[element] = 1  # Otherwise, mark it as seen
            sum_of_non_repeats += element  # Add it to the sum of non-repeated elements
    return sum_of_non_repeats  # Return the sum of non-repeated elements
