def text_lowercase_underscore(text: str) -> bool:
    """
    Checks if the input string contains sequences of lowercase letters joined with an underscore.

    Args:
    text (str): The input string to check.

    Returns:
    bool: True if the string contains sequences of lowercase letters joined with an underscore, False otherwise.
    """
    # Split the string by '_' and check if all the parts are alphanumeric (i.e., containing only letters and numbers)
    return all(part.isalnum() and part.islower() for part in text.split("_"))
