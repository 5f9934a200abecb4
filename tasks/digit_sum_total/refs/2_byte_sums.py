def digit_sum_total(values: list[int]) -> int:
    # Per value, sum the ASCII codes of the digits in C and remove 48 ('0') per digit.
    total = 0
    for v in values:
        b = str(abs(v)).encode()
        total += sum(b) - 48 * len(b)
    return total
