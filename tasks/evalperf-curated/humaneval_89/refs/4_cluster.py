def encrypt(s):
    """
    Encrypts a string by rotating the alphabet down by 4 places (2*2).

    Args:
    s (str): The string to be encrypted.

    Returns:
    str: The encrypted string.

    Examples:
    >>> encrypt('hi')
    'lm'
    >>> encrypt('asdfghjkl')
    'ewhjklnop'
    >>> encrypt('gf')
    'kj'
    >>> encrypt('et')
    'ix'
    """
    # Define the original alphabet
    alphabet = 'abcdefghijklmnopqrstuvwxyz'
    
    # Create a shifted alphabet where each character moves down by 4 positions
    shifted_alphabet = alphabet[4:] + alphabet[:4]
    
    # Convert the string to lowercase to match our alphabet case
    s = s.lower()
    
    # Translate each character using a dictionary comprehension
    translation_table = str.maketrans(alphabet, shifted_alphabet)
    encrypted = s.translate(translation_table)
    
    return encrypted
