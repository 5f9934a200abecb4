def set_bits_up_to(limits: list[int]) -> list[int]:
    result = []
    for limit in limits:
        total = 0
        for i in range(limit + 1):
            total += bin(i).count("1")
        result.append(total)
    return result
