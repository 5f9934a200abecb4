def get_total_number_of_sequences(m, n):
    # initial dp array
    dp = [[0 for _ in range(n+1)] for __ in range(m+1)]
    dp[0][0] = 1
    for i in range(1, m+1):
        dp[i][0] = 1
        for j in range(1, min(i, n)+1):
            dp[i][j] = dp[i-1][j] + dp[i//2][j-1]

    return dp[m][n]
