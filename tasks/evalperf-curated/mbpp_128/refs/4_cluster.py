def long_words(n, str):
    """
    Finds words longer than n characters in a string.

    Args:
        n: The minimum length of words to be returned.
        str: The input string containing words separated by spaces.

    Returns:
        A list of words longer than n characters.
    """
    words = str.split()
    long_word_list = []
    for word in words:
        if len(word) > n:
            long_word_list.append(word)
    return long_word_list
n = 3
