def encrypt(s):
    """
    Encrypts the input string by shifting each character down by four positions in the alphabet.
    
    Parameters:
    s (str): The string to be encrypted.
    
    Returns:
    str: The encrypted string where each letter is shifted by 4 places (2 * 2).
    
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
    # Define the alphabet
    alphabet = 'abcdefghijklmnopqrstuvwxyz'
    # Create a mapping for the encryption (shift by 4 positions)
    mapping = {alphabet[i]: alphabet[(i + 4) % 26] for i in range(26)}

    # Encrypt the string by replacing each letter with its shifted counterpart
    encrypted = ''.join([mapping.get(char.lower(), char) for char in s])
    
    return encrypted
