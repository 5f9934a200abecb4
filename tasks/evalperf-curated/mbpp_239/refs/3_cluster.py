def get_total_number_of_sequences(m: int, n: int) -> int:
    """
    Calculates the number of possible sequences of length n, where each element is a positive integer
    greater than or equal to twice the previous element but less than or equal to m.

    Args:
        m (int): The upper limit for each element in the sequence.
        n (int): The length of the sequence.

    Returns:
        int: The total number of possible sequences under the given conditions.
    """
    # Initialize a list to store the count of sequences for each possible last element
    # We start with m+1 spaces because list indices start at 0, and we need to cover all numbers up to m
    sequences_count = [0] * (m + 1)
    
    # For a sequence of length 1, the number of possible sequences ending with each number i is 1
    # (since the sequence is just [i] itself), but only if i is at least 1 and at most m
    for i in range(1, m + 1):
        sequences_count[i] = 1
    
    # For each subsequent length up to n
    for _ in range(2, n + 1):
        # Initialize a new list to store the updated counts for this length
        new_sequences_count = [0] * (m + 1)
        
        # For each possible last element in the sequence
        for j in range(1, m + 1):
            # The number of sequences ending with j is the sum of sequences ending with any number i
            # that is at most j//2 (since j must be >= 2*i), because j can follow any of those
            new_sequences_count[j] = sum(sequences_count[i] for i in range(1, (j // 2) + 1))
        
        # Update the counts for the next iteration
        sequences_count = new_sequences_count
    
    # The total number of sequences of length n is the sum of counts for all possible last elements
    return sum(sequences_count)
