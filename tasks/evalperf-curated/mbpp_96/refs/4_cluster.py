def divisor(n):
    # Check if the input is an integer
    assert isinstance(n, int), "Input must be an integer"
    # Check if the input is a positive number
    assert n > 0, "Input must be a positive number"
    # Initialize the count of divisors to 0
    count = 0
    # Start with 1 as the first potential divisor
    i = 1
    while i * i <= n:
        # If i is a divisor, increment the count
        if n % i == 0:
            count += 1
            # If i is not the square root of n (i.e., i != n // i), increment the count again for the other divisor
            if i != n // i:
                count += 1
        # Move to the next potential divisor
        i += 1
    # Return the count of divisors
    return count
