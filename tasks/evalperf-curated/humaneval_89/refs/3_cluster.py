def encrypt(s):
    """
    Encrypts the input string by rotating the alphabet down by four places (2x2).
    
    Each character in the string is shifted. If a character goes past 'z', 
    it wraps around to the beginning of the alphabet.

    Args:
    s (str): The string to encrypt.

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
    # Define the standard alphabet
    alphabet = 'abcdefghijklmnopqrstuvwxyz'
    
    # Create a lookup table for encryption
    # This shifts each letter down by 4 positions, wrapping around when necessary
    lookup = {alphabet[i]: alphabet[(i + 4) % 26] for i in range(26)}
    
    # Convert the input string to lowercase to standardize the input
    s = s.lower()
    
    # Encrypt the string by mapping each character to its shifted counterpart
    # Non-alphabet characters will remain the same since they're not in our lookup table
    return ''.join(lookup.get(char, char) for char in s)
