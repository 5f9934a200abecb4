import doctest
def fizz_buzz(n: int):
    """Return the number of times the digit 7 appears in integers less than n which are divisible by 11 or 13.
    >>> fizz_buzz(50)
    0
    >>> fizz_buzz(78)
    2
    >>> fizz_buzz(79)
    3
    """
    def count_sevens(num: int) -> int:
        return str(num).count('7')
    
    def sum_sevens(divisor: int) -> int:
        return sum(count_sevens(num) for num in range(divisor, n, divisor))
    
    total_sevens = sum_sevens(11) + sum_sevens(13) - sum_sevens(143)
    return total_sevens
