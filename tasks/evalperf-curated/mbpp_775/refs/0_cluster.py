def odd_position(lst):
    return all(i % 2 != 0 and isinstance(num, int) and num % 2 != 0 for i, num in enumerate(lst) if i % 2 != 0)
