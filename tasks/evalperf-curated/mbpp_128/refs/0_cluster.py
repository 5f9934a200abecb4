def long_words(n, sentence):
    """
    Finds words in a sentence that are longer than n characters.

    Args:
    n (int): The minimum number of characters for a word to be considered long.
    sentence (str): A string of words from which to extract the long words.

    Returns:
    list: A list of words that are longer than n characters.

    Example:
    >>> long_words(3, "python is a programming language")
    ['python', 'programming', 'language']
    """
    # Convert sentence to a list of words, removing any punctuation
    words = ''.join(char.lower() if char.isalnum() or char.isspace() else ' ' for char in sentence).split()
    
    # Filter words that are longer than n characters
    return [word for word in words if len(word) > n]
