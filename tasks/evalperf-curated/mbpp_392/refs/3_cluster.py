def get_max_sum(n, memo = {}):
    if n in memo: 
        return memo[n]
    if n < 2: 
        result = n
    else: 
        result = max(sum(get_max_sum(n // div, memo) for div in range(2, 6)), n)
    memo[n] = result
    return result
