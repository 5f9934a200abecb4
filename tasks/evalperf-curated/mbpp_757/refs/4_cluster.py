def count_reverse_pairs(strings):
    """
    Count the pairs of reverse strings in the given string list.

    Args:
    strings (list): List of strings.

    Returns:
    int: Number of reverse pairs.
    """
    count = 0
    reversed_strings = [s[::-1] for s in strings]

    for i in range(len(strings)):
        for j in range(i + 1, len(strings)):
            if strings[i] == reversed_strings[j]:
                count += 1

    return count
