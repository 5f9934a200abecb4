def remove_Occ(s, char):
    # Count the occurrences of the character
    count = s.count(char)
    if count == 0:
        return s
    # Remove the first occurrence
    s = s.replace(char, "", 1)
    # If there's more than one occurrence, remove the last occurrence
    if count > 1:
        s = s[::-1].replace(char, "", 1)[::-1]
    return s
