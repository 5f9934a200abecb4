def anti_shuffle(s):
    """
    Function that takes a string and returns an ordered version of it.
    Ordered version of string, is a string where all words (separated by space)
    are replaced by a new word where all the characters arranged in
    ascending order based on ascii value.
    Note: You should keep the order of words and blank spaces in the sentence.

    For example:
    anti_shuffle('Hi') returns 'Hi'
    anti_shuffle('hello') returns 'ehllo'
    anti_shuffle('Hello World!!!') returns 'Hello !!!Wdlor'
    """
    # List of characters in the string s
    chars = list(s)

    # Index of the start of the current word
    word_start = 0

    # Iterate over the indices of the list chars
    for i in range(len(chars)):
        # If the current character is a space, sort the characters that make up the word so far
        if chars[i] == ' ':
            chars[word_start:i] = sorted(chars[word_start:i])
            # Update the index of the start of the next word
            word_start = i + 1
        # If this is the last character in the string, sort the characters that make up the last word
        elif i == len(chars) - 1:
            chars[word_start:i+1] = sorted(chars[word_start:i+1])
    # Convert the list of characters back into a string
    sorted_s = "".join(chars)

    # Return the ordered string
    return sorted_s
