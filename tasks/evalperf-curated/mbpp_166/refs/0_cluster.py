def find_even_pair(arr):
    def is_xor_even(x, y):
        # Check if the xor of two numbers is even
        return (x ^ y) % 2 == 0
    
    count = 0
    # Iterate through each pair in the list
    for i in range(len(arr)):
        for j in range(i + 1, len(arr)):
            # Increase count if the xor of the pair is even
            if is_xor_even(arr[i], arr[j]):
                count += 1
    return count
