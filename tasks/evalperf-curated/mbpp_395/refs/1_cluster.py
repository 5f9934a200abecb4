def first_non_repeating_character(s):
    """
    Finds the first non-repeated character in the given string.

    Parameters:
    s (str): The input string.

    Returns:
    str or None: The first non-repeating character if found, else None.
    """
    from collections import OrderedDict

    # OrderedDict preserves the insertion order
    char_count = OrderedDict()

    for char in s:
        char_count[char] = char_count.get(char, 0) + 1

    for char, count in char_count.items():
        if count == 1:
            return char

    return None
