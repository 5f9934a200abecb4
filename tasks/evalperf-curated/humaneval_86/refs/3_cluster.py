def anti_shuffle(s):
    """
    Takes a string and returns an ordered version of it.
    The ordered version is a string where all words (separated by space)
    are replaced by a new word where all the characters are arranged in
    ascending order based on ASCII value.
    The order of words and blank spaces in the sentence is maintained.

    Parameters:
    s (str): The input string.

    Returns:
    str: The ordered version of the input string.
    """
    # Split the string into words and blank spaces
    words_and_spaces = []
    word = ""
    for char in s:
        if char == " ":
            # If the word is not empty, add it to the list and reset the word
            if word:
                words_and_spaces.append(word)
                word = ""
            # Add the space to the list
            words_and_spaces.append(char)
        else:
            word += char
    # Add the last word to the list if it's not empty
    if word:
        words_and_spaces.append(word)

    # Order the characters in each word
    ordered_words_and_spaces = []
    for word_or_space in words_and_spaces:
        # Check if the word_or_space is a word (not a space)
        if word_or_space != " ":
            # Sort the characters in the word based on ASCII value
            ordered_word = "".join(sorted(word_or_space))
            ordered_words_and_spaces.append(ordered_word)
        else:
            ordered_words_and_spaces.append(word_or_space)

    # Join the ordered words and spaces back into a string
    ordered_string = "".join(ordered_words_and_spaces)

    return ordered_string
