def remove_Occ(input_string, char):
    # Convert the string to a list for easier manipulation
    str_list = list(input_string)
    
    # Find and remove the first occurrence of the character
    if char in str_list:
        str_list.remove(char)
    
    # Reverse the list to find and remove the last occurrence
    str_list.reverse()
    if char in str_list:
        str_list.remove(char)
    
    # Reverse the list back to the original order and join to form a string
    str_list.reverse()
    result_string = ''.join(str_list)
    
    return result_string
