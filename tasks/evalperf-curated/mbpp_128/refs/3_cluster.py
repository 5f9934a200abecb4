def long_words(n, sentence):
    # Split the sentence into a list of words
    words = sentence.split()
    # Filter the words list to include only words with length greater than n
    long_words_list = list(filter(lambda word: len(word) > n, words))
    return long_words_list
