def find_even_pair(nums):
    """
    This function counts the number of pairs of integers in a list that xor to an even number.

    Args:
    - nums (list): A list of integers.

    Returns:
    - int: The number of pairs of integers that xor to an even number.
    """
    count_even = 0
    count_odd = 0

    # Initialize counters for even and odd numbers
    for num in nums:
        if num % 2 == 0:
            count_even += 1
        else:
            count_odd += 1

    # A pair of two odd numbers or two even numbers will always result in an even xor
    # The number of pairs of two even numbers or two odd numbers can be calculated using combinations
    from math import comb
    even_pairs = comb(count_even, 2) + comb(count_odd, 2)

    return even_pairs
