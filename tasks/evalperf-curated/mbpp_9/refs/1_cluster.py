def find_Rotations(string: str) -> int:
    """
    This function finds the minimum number of rotations required to get the same string.
    """

    # Check if string is not empty
    if string and len(string) > 1:
        # Concatenating the string
        string = string + string
        # Finding the length of the concatenated string
        length = len(string)

        # Finding the next character of the prefix
        failure = [0] * length
        j = 1
        i = 0
        while j < length:
            if string[i] == string[j]:
                failure[j] = i + 1
                i += 1
                j += 1
            elif i > 0:
                i = failure[i - 1]
            else:
                j += 1

        # Find minimum rotation
        min_rotation = len(string) - failure[-1]

        # If length is multiple of min_rotation, then return 1
        if len(string) % min_rotation == 0:
            return min_rotation

    return 0  # If string is empty or has only one character
