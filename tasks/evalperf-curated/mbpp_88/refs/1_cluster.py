def freq_count(input_list):
    """
    Function to count the frequency of elements in the given list.
    
    Parameters:
    input_list (list): A list containing elements to be counted.
    
    Returns:
    dict: A dictionary where keys are the unique elements of the list 
          and values are their frequencies.

    Example:
    >>> freq_count([10, 10, 10, 10, 20, 20, 20, 20, 40, 40, 50, 50, 30])
    {10: 4, 20: 4, 40: 2, 50: 2, 30: 1}
    """
    # Using a dictionary comprehension to count the frequency of each element
    return {item: input_list.count(item) for item in set(input_list)}
