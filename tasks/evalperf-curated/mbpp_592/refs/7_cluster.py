def sum_Of_product(n):
    """
    Calculate the sum of the product of consecutive binomial coefficients for a given n.
    
    Args:
    n (int): The non-negative integer to calculate the binomial coefficients.

    Returns:
    int: The sum of the product of consecutive binomial coefficients.
    """
    total = 0
    current = 1  # C(n, 0)
    for k in range(n):
        next_coeff = current * (n - k) // (k + 1)  # Compute C(n, k+1)
        total += current * next_coeff               # Add product C(n,k) * C(n,k+1)
        current = next_coeff                        # Update current to C(n,k+1)
    return total
