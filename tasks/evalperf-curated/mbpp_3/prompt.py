"""
Write a python function to identify non-prime numbers.
assert is_not_prime(2) == False
"""
