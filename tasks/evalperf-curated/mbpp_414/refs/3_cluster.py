def overlapping(seq1, seq2):
    """
    Check if any element in seq1 exists in seq2.

    This function determines if there is any overlap between the two given sequences.
    
    Args:
    seq1 (sequence): The first sequence to check for overlap.
    seq2 (sequence): The second sequence to check against.

    Returns:
    bool: True if any element of seq1 exists in seq2, otherwise False.

    Examples:
    >>> overlapping([1,2,3,4,5], [6,7,8,9])
    False
    >>> overlapping([1,2,3], [3,4,5])
    True
    """
    # Convert sequences to sets for efficient lookup
    set2 = set(seq2)
    # Check if any item from seq1 is in set2
    return any(item in set2 for item in seq1)
