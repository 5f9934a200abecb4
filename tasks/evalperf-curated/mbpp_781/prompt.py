"""
Write a python function to check whether the count of divisors is even. 
assert count_divisors(10)
"""
