def discrete_log(g: int, h: int, p: int) -> int:
    # walk g^0, g^1, ... keeping the current power; the sequence repeats within p steps
    cur = 1 % p
    for x in range(p):
        if cur == h:
            return x
        cur = cur * g % p
    return -1
