def find_even_pair(lst):
    # Count of numbers that are even when XORed with any other number
    even_count = 0
    # Count of numbers that are odd when XORed with any other number
    odd_count = 0
    
    # Iterate over each number in the list
    for num in lst:
        # Check if the number is even by comparing it to itself XORed with 1
        if num ^ 1 == num + 1:
            # If even, increment the even count
            even_count += 1
        else:
            # If odd, increment the odd count
            odd_count += 1
    
    # The total number of even XOR pairs is the sum of all possible pairs within even and odd groups
    return even_count * (even_count - 1) // 2 + odd_count * (odd_count - 1) // 2
