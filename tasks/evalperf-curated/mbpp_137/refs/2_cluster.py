from math import isclose
def zero_count(arr):
    zeroes = sum(1 for x in arr if x == 0)
    non_zeroes = len(arr) - zeroes
    if non_zeroes == 0:
        return float('inf')  # or any suitable value representing infinite ratio
    return zeroes / non_zeroes
