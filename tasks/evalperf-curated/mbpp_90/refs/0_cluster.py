def len_log(words):
    """
    Finds the length of the longest word in a list of strings.

    Args:
        words: A list of strings.

    Returns:
        The length of the longest word in the list.
        Returns 0 if the list is empty or contains non-string elements.
    """
    if not words or not all(isinstance(word, str) for word in words):
      return 0
    max_len = 0
    for word in words:
        max_len = max(max_len, len(word))
    return max_len
