def set_bits_up_to(limits: list[int]) -> list[int]:
    # Peel off the highest set bit h of N: the numbers 0 .. 2^h - 1 hold h * 2^(h-1) ones,
    # the numbers 2^h .. N each carry that top bit (N - 2^h + 1 ones), and their low parts
    # range over 0 .. N - 2^h. Loops once per set bit of N.
    result = []
    for n in limits:
        total = 0
        while n:
            h = n.bit_length() - 1
            top = 1 << h
            total += (h * top >> 1) + n - top + 1
            n -= top
        result.append(total)
    return result
