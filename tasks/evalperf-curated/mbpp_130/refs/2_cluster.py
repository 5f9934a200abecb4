from collections import defaultdict
def max_occurrences(nums):
    """
    Find the item with the maximum frequency in a given list.
    
    Parameters:
    nums (list): The list of numbers.
    
    Returns:
    int: The item with the highest frequency in the list.
    """
    # Initialize a dictionary to store the frequency of each element
    frequency_dict = defaultdict(int)
    
    # Iterate through the list and count occurrences of each item
    for num in nums:
        frequency_dict[num] += 1
    
    # Find the item with the maximum frequency
    max_occurrence_item = max(frequency_dict, key=frequency_dict.get)
    
    return max_occurrence_item
