def anti_shuffle(s):
    """
    Write a function that takes a string and returns an ordered version of it.
    Ordered version of string, is a string where all words (separated by space)
    are replaced by a new word where all the characters arranged in
    ascending order based on ascii value.
    Note: You should keep the order of words and blank spaces in the sentence.

    For example:
    anti_shuffle('Hi') returns 'Hi'
    anti_shuffle('hello') returns 'ehllo'
    anti_shuffle('Hello World!!!') returns 'Hello !!!Wdlor'
    """
    # Split the string into words
    words = s.split(' ')

    # Process each word in the list
    ordered_words = []
    for word in words:
        # Sort the characters in each word
        sorted_word = ''.join(sorted(word))

        # Preserve the original non-ascii characters in their original position
        ascii_chars = sorted([char for char in sorted_word if ord(char) < 128])
        original_word = []
        ascii_index = 0
        for char in sorted_word:
            if ord(char) < 128:
                original_word.append(ascii_chars[ascii_index])
                ascii_index += 1
            else:
                original_word.append(char)

        # Join the characters to form the ordered word
        ordered_word = ''.join(original_word)
        ordered_words.append(ordered_word)

    # Join the ordered words back into a string
    ordered_s = ' '.join(ordered_words)

    return ordered_s
