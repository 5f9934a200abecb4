def pair_xor_Sum(arr, n):
    # Initialize result 
    result = 0
    
    # Iterate through every bit position 
    for i in range(0, 32):
        
        # Count of zeroes 
        zero = 0
        
        # Iterate through all numbers 
        for j in range(n):
            if (arr[j] & 1) == 0:
                zero += 1
            arr[j] = arr[j] >> 1
        
        # Count of ones 
        one = n - zero 
        
        # Update result 
        result += (one * zero) * (1 << i)
    
    return result
