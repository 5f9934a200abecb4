def count_reverse_pairs(lst):
    """
    Counts the number of pairs of reverse strings in the given list.

    Args:
        lst (list): A list of strings.

    Returns:
        int: The number of pairs of reverse strings.
    """
    def is_reverse_pair(s1, s2):
        """
        Checks if two strings are reverse of each other.
        """
        return s1 == s2[::-1]

    count = 0
    for i in range(len(lst)):
        for j in range(i + 1, len(lst)):
            if is_reverse_pair(lst[i], lst[j]):
                count += 1
    return count
