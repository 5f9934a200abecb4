def remove_Occ(input_str, char):
    """
    Removes the first and last occurrence of a given character from the string.

    Args:
        input_str (str): The input string.
        char (str): The character to be removed.

    Returns:
        str: The modified string with first and last occurrence of `char` removed.
    """
    # Find the first occurrence index of the character
    first_occ_index = input_str.find(char)
    
    # If the character is not found, return the original string
    if first_occ_index == -1:
        return input_str
    
    # Find the last occurrence index of the character
    last_occ_index = input_str.rfind(char)
    
    # If there's only one occurrence, remove it
    if first_occ_index == last_occ_index:
        return input_str.replace(char, '', 1)
    
    # Otherwise, remove the first and last occurrences
    else:
        # Slice the string to exclude the first occurrence
        str_without_first = input_str[:first_occ_index] + input_str[first_occ_index+1:]
        
        # Slice the resulting string to exclude the last occurrence of the character
        # Note: The last occurrence's position may change after removing the first one
        str_without_last = str_without_first[:str_without_first.rfind(char)] + str_without_first[str_without_first.rfind(char)+1:]
        
        return str_without_last
