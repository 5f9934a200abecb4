def encrypt(s):
    # Get the English alphabet without spaces and punctuation
    alphabet = 'abcdefghijklmnopqrstuvwxyz'
    shift = 2 * 2  # Shift down by 4 places
    result = ''

    for char in s:
        if char.isalpha():
            if char.lower() in alphabet:
                index = alphabet.index(char.lower())
                new_index = (index + shift) % len(alphabet)
                if char.isupper():
                    result += alphabet[new_index].upper()
                else:
                    result += alphabet[new_index]
            else:
                result += char
        else:
            result += char

    return result
