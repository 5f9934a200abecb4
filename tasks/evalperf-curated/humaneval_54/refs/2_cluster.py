def same_chars(s0: str, s1: str):
    # create a dictionary for each string counting the number of each letter
    s0_dict = {}
    for char in s0:
        s0_dict[char] = s0_dict.get(char, 0) + 1
    s1_dict = {}
    for char in s1:
        s1_dict[char] = s1_dict.get(char, 0) + 1

    # check if both dictionaries have the same keys (letter counts are unimportant)
    return s0_dict.keys() == s1_dict.keys()
