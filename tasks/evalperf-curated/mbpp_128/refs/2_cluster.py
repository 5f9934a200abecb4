import re
def long_words(n, string):
    # Replace special characters and split string into words
    words = re.sub(r'[^a-zA-Z0-9 ]+', '', string).split()
    # Filter words based on length and return
    return [word for word in words if len(word) > n]
