def vowels_count(s):
    """
    Write a function vowels_count which takes a string representing
    a word as input and returns the number of vowels in the string.
    Vowels in this case are 'a', 'e', 'i', 'o', 'u'. Here, 'y' is also a
    vowel, but only when it is at the end of the given word.

    Example:
    >>> vowels_count("abcde")
    2
    >>> vowels_count("ACEDY")
    3
    """
    vowels = 'aeiou'
    count = sum(s.lower().count(v) for v in vowels)
    
    # Check if 'y' is at the end of the word and add 1 to the count if true
    if s.lower().endswith('y'):
        count += 1
    
    return count
