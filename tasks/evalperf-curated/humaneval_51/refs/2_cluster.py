import unittest
def remove_vowels(text):
    """
    remove_vowels is a function that takes a string and returns the string without vowels.
    """
    vowels = 'aeiouAEIOU'
    return ''.join([char for char in text if char not in vowels])
