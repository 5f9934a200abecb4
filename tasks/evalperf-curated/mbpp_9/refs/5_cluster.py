def find_Rotations(s: str) -> int:
    n = len(s)

    # Special case when the string is empty
    if n == 0:
        return 0

    # Concatenate the string with itself
    concatenated = s + s

    # Find the second occurrence of the original string in the concatenated string
    second_occurrence = concatenated.find(s, 1)

    # If the string cannot be rotated to get the same string, return 0
    if second_occurrence == -1:
        return 0

    # The minimum number of rotations is the index of the second occurrence
    return second_occurrence
