import random


def _is_prime(m: int) -> bool:
    if m < 2:
        return False
    d = 2
    while d * d <= m:
        if m % d == 0:
            return False
        d += 1
    return True


def _prime_factors(m: int) -> list:
    out = []
    d = 2
    while d * d <= m:
        if m % d == 0:
            out.append(d)
            while m % d == 0:
                m //= d
        d += 1
    if m > 1:
        out.append(m)
    return out


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    p = rng.randint(max(2, scale // 2), max(2, scale))
    while not _is_prime(p):
        p += 1
    if p < 5 or rng.random() < 0.2:
        # arbitrary base and target: the answer may be -1
        return [rng.randrange(p), rng.randrange(p), p]
    factors = _prime_factors(p - 1)
    g = rng.randrange(2, p)
    while any(pow(g, (p - 1) // q, p) == 1 for q in factors):
        g = rng.randrange(2, p)  # until g is a primitive root
    x = rng.randint((p - 1) // 2, p - 2)
    return [g, pow(g, x, p), p]
