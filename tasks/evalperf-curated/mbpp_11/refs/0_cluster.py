def remove_Occ(string, char):
    # Find the indices of all occurrences of the character
    indices = [i for i, ltr in enumerate(string) if ltr == char]
    
    # If there are at least two occurrences of the character
    if len(indices) > 1:
        # Remove the first and last occurrence
        string = string[:indices[0]] + string[indices[0]+1:indices[-1]] + string[indices[-1]+1:]
    elif len(indices) == 1:
        # If there is only one occurrence, remove that
        string = string[:indices[0]] + string[indices[-1]+1:]
    
    return string
