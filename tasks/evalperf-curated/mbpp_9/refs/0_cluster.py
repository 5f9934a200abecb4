def find_Rotations(str1):
    """
    Finds the minimum number of rotations (greater than 0) required to get the same string.
    Args:
      str1: The input string.
    Returns:
      The minimum number of rotations.
    """
    n = len(str1)
    for i in range(1, n):
        temp = ""
        for j in range(i, n):
            temp += str1[j]
        for j in range(0, i):
            temp += str1[j]
        if (temp == str1):
            return i
    return n
