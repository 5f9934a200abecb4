def pair_xor_Sum(arr, n):
    """
    Calculates the sum of XOR of all possible pairs in the list.
    
    :param arr: List of integers
    :param n: Number of elements in the list
    :return: Integer representing the sum of XOR of all pairs
    """
    # If the number of elements is 1, return 0 since there's no pair
    if n <= 1:
        return 0
    
    # Initialize sum
    total = 0
    
    # Nested loops to compare each number with every other number
    for i in range(n):
        for j in range(i+1, n):
            # XOR of the current pair
            xor = arr[i] ^ arr[j]
            total += xor
    
    return total
