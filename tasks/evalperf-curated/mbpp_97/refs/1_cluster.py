from collections import Counter
def frequency_lists(lists):
    """
    Returns a dictionary with the frequency of each element in a flattened list of lists.
    
    Args:
    lists (list): A list of lists containing elements to be counted.
    
    Returns:
    dict: A dictionary where keys are elements from the input lists and values are their corresponding frequencies.
    """
    # Flatten the list of lists
    flat_list = [item for sublist in lists for item in sublist]
    
    # Create a dictionary with frequencies of elements using dictionary comprehension
    frequency_dict = {item: flat_list.count(item) for item in set(flat_list)}
    
    return frequency_dict
