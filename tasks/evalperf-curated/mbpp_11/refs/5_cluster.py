def remove_Occ(input_string, char):
    """
    Removes the first and last occurrence of a given character from the string.

    Args:
        input_string (str): The original string.
        char (str): The character to be removed (first and last occurrence).

    Returns:
        str: The modified string after removal.
    """
    # Find indices of the first and last occurrence of the character
    try:
        first_occurrence = input_string.index(char)
        last_occurrence = len(input_string) - 1 - input_string[::-1].index(char)
        
        # Slice the string to exclude the first and last occurrence of the character
        if first_occurrence == last_occurrence:  # If only one occurrence exists
            return input_string.replace(char, '', 1)
        else:
            return input_string[:first_occurrence] + input_string[first_occurrence+1:last_occurrence] + input_string[last_occurrence+1:]
    
    except ValueError:  # Handle the case when the character is not found
        return input_string  # Return the original string if char not found
