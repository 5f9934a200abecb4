def len_log(words):
    """
    Returns the length of the longest word in the input list.

    Args:
        words (list): A list of strings

    Returns:
        int: The length of the longest word

    Raises:
        ValueError: If the input list is empty
    """
    if not words:
        raise ValueError("Input list cannot be empty")

    return max(len(word) for word in words)
words = ["python", "PHP", "bigdata"]
