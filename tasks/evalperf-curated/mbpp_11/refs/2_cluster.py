def remove_Occ(s, char):
    # Convert the string to a list for mutable operations
    s_list = list(s)
    
    # Find the first occurrence of the character
    try:
        first = s_list.index(char)
        s_list[first] = ''
    except ValueError:
        # Character not found, return original string
        return s
    
    # Find the last occurrence of the character
    try:
        last = len(s_list) - 1 - s_list[::-1].index(char)
        s_list[last] = ''
    except ValueError:
        # Character not found again, meaning only one occurrence
        pass
    
    # Join the list back into a string
    return ''.join(s_list)
