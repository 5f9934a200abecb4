from math import isqrt


def divisor_count_sum(n: int) -> int:
    # Dirichlet hyperbola method: count lattice points under a*b = n with a <= r or
    # b <= r (r = floor(sqrt n)), subtracting the r*r square counted twice.
    if n <= 0:
        return 0
    r = isqrt(n)
    return 2 * sum(n // a for a in range(1, r + 1)) - r * r
