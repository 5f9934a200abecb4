def largest_divisor(n: int) -> int:
    """
    For a given number n, find the largest number that divides n evenly, smaller than n
    :param n: Input number
    :return: The largest divisor of n
    """
    def is_divisor(x: int) -> bool:
        """Check if a number is a divisor of n"""
        return n % x == 0

    # Start from the largest number less than n (n-1) and check downwards
    for i in range(n - 1, 0, -1):
        if is_divisor(i):
            return i
    return 1  # If no divisors are found, return 1
