def get_max_sum(n):
    # Initialize a memoization array with -1
    memo = [-1 for _ in range(n + 1)]
    
    # Define a recursive function to calculate the max sum
    def recursive_max_sum(n):
        # Base case
        if n == 0:
            return 0
        if n == 1:
            return 1
        
        # If value already computed, return it
        if memo[n] != -1:
            return memo[n]
        
        # Calculate the value considering the equation
        result = max((recursive_max_sum(n // 2) + recursive_max_sum(n // 3) +
                      recursive_max_sum(n // 4) + recursive_max_sum(n // 5)), n)
        
        # Store the computed value in memo
        memo[n] = result
        return result
    
    # Call the recursive function with the given number
    return recursive_max_sum(n)
