def set_bits_up_to(limits: list[int]) -> list[int]:
    # Among 0..N, bit b follows a period of 2^(b+1): 2^b zeros then 2^b ones. Count the full
    # periods and the ones in the last partial period: O(log N) per query.
    result = []
    for limit in limits:
        count = limit + 1
        total = 0
        for b in range(count.bit_length()):
            half = 1 << b
            period = half << 1
            total += (count // period) * half
            rest = count % period - half
            if rest > 0:
                total += rest
        result.append(total)
    return result
