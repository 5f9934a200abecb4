def pair_xor_Sum(numbers, n):
    """
    Calculate the sum of XOR of all pairs of numbers in the list.

    :param numbers: List of integers.
    :param n: Total number of elements to consider.
    :return: Sum of XOR of all pairs.
    """
    # Initialize sum variable to 0
    total_xor_sum = 0
    
    # Iterate over the range of the first 'n' elements in the list
    for i in range(n):
        # For each element, iterate over the rest of the list (including itself for full pair coverage)
        for j in range(n):
            # If it's the same index, skip to avoid XORing a number with itself
            if i == j:
                continue
            # Calculate XOR of the current pair and add to the total sum
            total_xor_sum += numbers[i] ^ numbers[j]
    
    # Since each pair is counted twice (e.g., (A,B) and (B,A)), divide by 2
    total_xor_sum //= 2
    
    return total_xor_sum
