def remove_Occ(input_str, char):
    """
    Remove first and last occurrence of a given character from the string.
    """
    if input_str.count(char) > 1:
        index_first = input_str.index(char)
        index_last = input_str.rindex(char)
        result = input_str[:index_first] + input_str[index_first+1:index_last] + input_str[index_last+1:]
    else:
        result = input_str.replace(char, '')
    return result
