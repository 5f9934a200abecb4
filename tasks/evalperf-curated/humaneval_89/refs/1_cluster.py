def encrypt(s):
    """
    Rotate the alphabet down by two multiplied to two places in a string.

    Args:
    s (str): The input string to be encrypted.

    Returns:
    str: The encrypted string.
    """
    # Define the lowercase and uppercase alphabets
    lowercase_alphabet = 'abcdefghijklmnopqrstuvwxyz'
    uppercase_alphabet = lowercase_alphabet.upper()

    # Create a mapping of characters to their shifted equivalents
    shifted_lowercase_map = {}
    shifted_uppercase_map = {}

    # Shift the lowercase alphabet down by 2*2 places
    for i in range(26):
        shifted_index = (i + 2*2) % 26
        shifted_lowercase_map[lowercase_alphabet[i]] = lowercase_alphabet[shifted_index]
        shifted_uppercase_map[uppercase_alphabet[i]] = uppercase_alphabet[shifted_index]

    # Replace characters in the input string with their shifted equivalents
    encrypted_string = ''
    for char in s:
        if char.isalpha():
            if char.islower():
                encrypted_string += shifted_lowercase_map[char]
            else:
                encrypted_string += shifted_uppercase_map[char]
        else:
            encrypted_string += char

    return encrypted_string
