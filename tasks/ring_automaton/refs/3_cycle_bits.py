def ring_automaton(cells: str, rule: int, steps: int) -> str:
    # Whole row as one integer (bit i = cell i); a step is a few big-integer operations,
    # one term per pattern p whose rule bit is set. Rows are remembered to skip cycles.
    n = len(cells)
    if n == 0:
        return ""
    mask = (1 << n) - 1
    top = n - 1
    x = int(cells[::-1], 2)
    patterns = [p for p in range(8) if (rule >> p) & 1]
    seen = {x: 0}
    history = [x]
    t = 0
    while t < steps:
        left = ((x << 1) | (x >> top)) & mask
        right = (x >> 1) | ((x & 1) << top)
        nl = left ^ mask
        nx = x ^ mask
        nr = right ^ mask
        out = 0
        for p in patterns:
            out |= (left if p & 4 else nl) & (x if p & 2 else nx) & (right if p & 1 else nr)
        x = out
        t += 1
        if x in seen:
            start = seen[x]
            x = history[start + (steps - t) % (t - start)]
            break
        seen[x] = t
        history.append(x)
    return format(x, "0%db" % n)[::-1]
