def remove_vowels(text):
    """
    remove_vowels is a function that takes string and returns string without vowels.
    """
    vowels = 'aeiouAEIOU'
    for vowel in vowels:
        text = text.replace(vowel, '')
    return text
