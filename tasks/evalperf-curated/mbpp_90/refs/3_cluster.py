def len_log(words):
    """
    Find the length of the longest word in a list of words.

    This function iterates over each word in the list, compares the length
    of each word, and returns the length of the longest one.

    Args:
    words (list of str): A list of words to search through.

    Returns:
    int: The length of the longest word found in the list.

    Raises:
    ValueError: If the input list is empty.

    Examples:
    >>> len_log(["python","PHP","bigdata"])
    7
    >>> len_log(["a","b","cd"])
    2
    """
    # Check if the list is empty
    if not words:
        raise ValueError("The list of words cannot be empty.")
    
    # Use max with a key function to find the word with maximum length, 
    # then return its length
    return len(max(words, key=len))
