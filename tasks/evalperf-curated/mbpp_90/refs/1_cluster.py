def len_log(words):
    """
    Write a python function to find the length of the longest word.
    assert len_log(["python","PHP","bigdata"]) == 7
    """
    if not words:  # Handle empty list case
        return 0
    
    max_length = 0
    for word in words:
        max_length = max(max_length, len(word))
    return max_length
