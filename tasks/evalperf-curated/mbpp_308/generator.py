"""Mbpp/308: two lists of `scale` primes (disjoint, so all products are distinct and deduping solutions
agree), N = 20: sort all products O(L^2 log L), heaps O(L^2 log N), top-N set with min() O(L^2 N)."""

import random

SCALE = 70
SEED = 0


def _primes(count: int) -> list:
    limit = 64
    while True:
        sieve = bytearray([1]) * limit
        sieve[0:2] = b"\x00\x00"
        for i in range(2, int(limit ** 0.5) + 1):
            if sieve[i]:
                sieve[i * i::i] = bytearray(len(range(i * i, limit, i)))
        ps = [i for i in range(limit) if sieve[i]]
        if len(ps) >= count:
            return ps[:count]
        limit *= 2


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    n = max(1, scale)
    ps = _primes(2 * n)
    rng.shuffle(ps)
    a, b = ps[:n], ps[n:]
    return [a, b, min(n, 20)]
