def get_total_number_of_sequences(m, n):
    # Initialize a matrix with all elements as 0
    seq = [[0 for i in range(m+1)] for j in range(n+1)]

    # Any number can start a sequence of 1
    for i in range(1, m + 1):
        seq[1][i] = 1

    # For each length of the sequence
    for length in range(2, n+1):
        # For each possible element
        for elem in range(1, m+1):
            # For each previous element
            for prev_elem in range(1, elem+1):
                # If previous element is valid, add it to the count of sequences
                if 2*prev_elem <= elem:
                    seq[length][elem] += seq[length-1][prev_elem]

    # Return the total number of sequences of length n
    return sum(seq[n])
