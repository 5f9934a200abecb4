from collections import Counter
def first_non_repeating_character(s: str) -> str:
    """
    Finds the first non-repeating character in a given string.

    :param s: Input string
    :return: First non-repeating character if exists, otherwise None
    """
    count = Counter(s)
    for char in s:
        if count[char] == 1:
            return char
    return None
