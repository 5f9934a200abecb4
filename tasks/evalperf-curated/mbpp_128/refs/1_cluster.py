import doctest
def long_words(n, str1):
    """
    Finds words longer than n characters in a string.

    Args:
        n: The minimum length of words to be returned.
        str1: The input string containing words separated by spaces.

    Returns:
        A list of words from str1 that are longer than n characters.

    >>> long_words(3, "python is a programming language")
    ['python', 'programming', 'language']
    >>> long_words(4, "the quick brown fox jumps over the lazy dog")
    ['quick', 'brown', 'jumps']
    >>> long_words(5, "hello world test")
    ['hello', 'world']
    >>> long_words(0, "")
    []
    """
    word_list = str1.split()
    return [word for word in word_list if len(word) > n]
