def digit_sum_total(values: list[int]) -> int:
    # Peel off digits arithmetically with % 10 and // 10.
    total = 0
    for v in values:
        x = -v if v < 0 else v
        while x:
            total += x % 10
            x //= 10
    return total
