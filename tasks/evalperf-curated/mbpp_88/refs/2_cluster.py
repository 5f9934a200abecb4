def freq_count(lst):
    """
    Return the frequency of all the elements in the given list, returned as a dictionary.
    
    :param lst: list, list of numbers to count frequency for
    :return: dict, dictionary with each element of list and its frequency
    """
    
    frequency = {}
    for element in lst:
        if element not in frequency:
            frequency[element] = 1
        else:
            frequency[element] += 1
            
    return frequency
