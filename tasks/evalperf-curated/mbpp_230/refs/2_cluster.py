def replace_blank(s: str, char: str) -> str:
    """
    Replaces all blank spaces in the input string `s` with the specified character `char`.

    Parameters:
    - s (str): The original string.
    - char (str): The character to replace blank spaces with.

    Returns:
    - str: The modified string with blank spaces replaced.
    """
    return char.join(s.split(' '))
