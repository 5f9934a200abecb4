def get_total_number_of_sequences(m, n):
    # Initialize a 2D list dp with dimensions (n+1) x (m+1) filled with zeros
    dp = [[0 for _ in range(m + 1)] for _ in range(n + 1)]
    
    # Fill the dp table
    for i in range(1, n + 1):  # for each sequence length
        for j in range(1, m + 1):  # for each possible max value
            if i == 1:
                # For sequence length 1, there's exactly 1 sequence for each j
                dp[i][j] = j
            else:
                # dp[i][j] is the sum of dp[i-1][k] for all k <= j//2
                dp[i][j] = dp[i][j - 1] + (dp[i - 1][j // 2] if j > 1 else 0)
    
    # The answer is the total for sequence length n with max value m
    return dp[n][m]
