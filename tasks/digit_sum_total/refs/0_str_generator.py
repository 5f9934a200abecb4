def digit_sum_total(values: list[int]) -> int:
    # For every value, a generator converts each digit character back with int().
    total = 0
    for v in values:
        total += sum(int(c) for c in str(abs(v)))
    return total
