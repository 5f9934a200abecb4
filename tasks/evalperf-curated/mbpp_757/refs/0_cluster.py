def count_reverse_pairs(str_list):
    """
    Counts the pairs of reverse strings in the given string list.
    
    :param str_list: List of strings to be checked for reverse pairs
    :return: Number of reverse string pairs found
    """
    count = 0
    for i, word1 in enumerate(str_list):
        for j, word2 in enumerate(str_list):
            if i != j and word1[::-1] == word2:
                count += 1
    return count // 2  # Each pair is counted twice, so divide by 2
