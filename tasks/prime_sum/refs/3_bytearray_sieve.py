from itertools import compress


def prime_sum(n: int) -> int:
    if n < 2:
        return 0
    # sieve of Eratosthenes over odd numbers only: index i stands for 2*i + 1
    half = (n + 1) // 2
    odd = bytearray([1]) * half
    odd[0] = 0  # 1 is not prime
    i = 1
    while (2 * i + 1) ** 2 <= n:
        if odd[i]:
            p = 2 * i + 1
            start = p * p // 2
            odd[start::p] = bytes(len(range(start, half, p)))
        i += 1
    return 2 + sum(compress(range(1, n + 1, 2), odd))
