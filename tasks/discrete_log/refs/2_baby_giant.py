from math import isqrt


def discrete_log(g: int, h: int, p: int) -> int:
    # Baby-step giant-step: x = i*m + j with 0 <= j < m, so g^j = h * (g^-m)^i.
    if h == 1 % p:
        return 0
    g %= p
    if g == 0:
        return 1 if h == 0 else -1
    m = isqrt(p - 1) + 1  # m*m >= p - 1 >= the order of g
    baby: dict[int, int] = {}
    cur = 1
    for j in range(m):
        if cur not in baby:
            baby[cur] = j
        cur = cur * g % p
    step = pow(g, -m, p)
    y = h
    for i in range(m + 1):
        j = baby.get(y)
        if j is not None:
            return i * m + j
        y = y * step % p
    return -1
