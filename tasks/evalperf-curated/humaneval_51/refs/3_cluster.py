def remove_vowels(text):
    return ''.join(letter for letter in text if letter.lower() not in "aeiou")
