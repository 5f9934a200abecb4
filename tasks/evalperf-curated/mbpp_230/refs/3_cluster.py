def replace_blank(text, character):
    """
    Replaces blank spaces in the string with the given character.

    Parameters:
    text (str): The string in which blank spaces will be replaced.
    character (str): The character that will replace the blank spaces.

    Returns:
    str: The modified string with blank spaces replaced by the specified character.
    """
    if not isinstance(text, str) or not isinstance(character, str) or len(character) != 1:
        raise ValueError("Text must be a string and character must be a single character string.")
    return text.replace(" ", character)
