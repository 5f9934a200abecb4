def find_Rotations(s):
    """
    Find the minimum number of rotations (greater than 0) required to get the same string.
    
    Parameters:
    s (str): The input string.
    
    Returns:
    int: The minimum number of rotations needed.
    """
    n = len(s)
    for k in range(1, n + 1):
        if n % k == 0:
            rotated = s[k:] + s[:k]
            if rotated == s:
                return k
    return n  # In worst case, full rotation is needed
