import doctest
def vowels_count(s):
    """
    Write a function vowels_count which takes a string representing
    a word as input and returns the number of vowels in the string.
    Vowels in this case are 'a', 'e', 'i', 'o', 'u'. Here, 'y' is also a
    vowel, but only when it is at the end of the given word.

    Args:
    s (str): A string representing a word.

    Returns:
    int: The number of vowels in the string.

    Example:
    >>> vowels_count("abcde")
    2
    >>> vowels_count("ACEDY")
    3
    """

    s = s.lower()
    count = sum(1 for char in s[:-1] if char in 'aeiou')
    if s and s[-1] in 'yaeiou':
        count += 1
    return count
