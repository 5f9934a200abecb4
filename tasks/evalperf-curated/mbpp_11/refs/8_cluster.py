def remove_Occ(s, char):
    """
    Removes the first and last occurrence of a given character from the string.
    
    Args:
    s (str): The input string.
    char (str): The character to be removed (must be a single character).
    
    Returns:
    str: A string with the first and last occurrence of the character removed.
         If the character does not appear or only appears once, removes that one occurrence.

    Examples:
    >>> remove_Occ("hello", "l")
    'heo'
    >>> remove_Occ("abcda", "a")
    'bcd'
    >>> remove_Occ("banana", "n")
    'bana'
    """
    # Check if the character exists in the string
    if char not in s:
        return s
    
    # Find indices of first and last occurrence of the character
    first = s.find(char)
    last = s.rfind(char)
    
    # Handle cases where char appears only once or at both ends
    if first == last:
        return s[:first] + s[first + 1:]
    else:
        # Remove the first occurrence and adjust the last index due to removal
        first_part = s[:first]
        middle_part = s[first + 1:last]
        last_part = s[last + 1:] if last < len(s) - 1 else ''
        return first_part + middle_part + last_part
