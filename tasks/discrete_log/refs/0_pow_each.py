def discrete_log(g: int, h: int, p: int) -> int:
    for x in range(p):
        if pow(g, x, p) == h:
            return x
    return -1
