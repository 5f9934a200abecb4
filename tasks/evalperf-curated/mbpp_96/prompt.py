"""
Write a python function to find the number of divisors of a given integer.
assert divisor(15) == 4
"""
