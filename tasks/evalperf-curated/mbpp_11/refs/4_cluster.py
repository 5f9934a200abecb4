def remove_Occ(s, char):
    """
    Removes the first and last occurrence of a given character from the string.

    Args:
        s (str): The input string.
        char (str): The character to be removed.

    Returns:
        str: The string with the first and last occurrence of the character removed.
    """
    if char not in s:
        return s  # Return the string as it is if the character is not found
    s = s.replace(char, '', 1)  # Remove the first occurrence of the character
    s = s[::-1]  # Reverse the string
    s = s.replace(char, '', 1)[::-1]  # Remove the last occurrence of the character and reverse back
    return s
