def get_total_number_of_sequences(m, n):
    # Memoization table
    memo = {}

    def count_sequences(prev, length):
        # Base case: If the length of the sequence reaches n, we have found a valid sequence
        if length == n:
            return 1
        # Use memoization to avoid recalculating
        if (prev, length) in memo:
            return memo[(prev, length)]
        
        total_count = 0
        next_value = prev * 2
        
        # Count the valid next values in the range [next_value, m]
        while next_value <= m:
            total_count += count_sequences(next_value, length + 1)
            next_value += 1
        
        # Store result in memoization table
        memo[(prev, length)] = total_count
        return total_count

    total_sequences = 0
    # Start with any number from 1 to m as the first element
    for start in range(1, m + 1):
        total_sequences += count_sequences(start, 1)
    
    return total_sequences
