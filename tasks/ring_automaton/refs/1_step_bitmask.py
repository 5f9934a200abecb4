def ring_automaton(cells: str, rule: int, steps: int) -> str:
    # Every step is simulated, but on the whole row at once: bit i of an integer holds
    # cell i and each set rule bit contributes one AND of shifted copies.
    n = len(cells)
    if n == 0:
        return ""
    mask = (1 << n) - 1
    top = n - 1
    x = int(cells[::-1], 2)
    patterns = [p for p in range(8) if (rule >> p) & 1]
    for _ in range(steps):
        left = ((x << 1) | (x >> top)) & mask
        right = (x >> 1) | ((x & 1) << top)
        out = 0
        for p in patterns:
            a = left if p & 4 else left ^ mask
            b = x if p & 2 else x ^ mask
            c = right if p & 1 else right ^ mask
            out |= a & b & c
        x = out
    return format(x, "0%db" % n)[::-1]
