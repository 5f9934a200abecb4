def modp(n: int, p: int):
    """Return 2^n modulo p (be aware of numerics).
    >>> modp(3, 5)
    3
    >>> modp(1101, 101)
    2
    >>> modp(0, 101)
    1
    >>> modp(3, 11)
    8
    >>> modp(100, 101)
    1
    """
    mod_pow_cache = {0: 1}
    def mod_pow(n: int) -> int:
        if n in mod_pow_cache:
            return mod_pow_cache[n]
        else:
            half_pow = mod_pow(n // 2)
            if n % 2 == 0:
                mod_pow_cache[n] = (half_pow * half_pow) % p
            else:
                mod_pow_cache[n] = (half_pow * half_pow * 2) % p
            return mod_pow_cache[n]
    return mod_pow(n) % p
