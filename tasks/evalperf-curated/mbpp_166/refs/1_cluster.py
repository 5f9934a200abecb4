import itertools
def find_even_pair(numbers):
    """
    Write a function that counts the number of pairs of integers in a list that xor to an even number.
    """
    even_xor_pairs = 0
    for pair in itertools.combinations(numbers, 2):
        if (pair[0] ^ pair[1]) % 2 == 0:
            even_xor_pairs += 1
    return even_xor_pairs
