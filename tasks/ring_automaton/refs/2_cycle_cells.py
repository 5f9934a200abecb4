def ring_automaton(cells: str, rule: int, steps: int) -> str:
    # Cell-by-cell steps, but remember every row seen: once a row repeats, jump over
    # the whole number of cycles that still fit.
    n = len(cells)
    row = tuple(int(c) for c in cells)
    seen = {row: 0}
    history = [row]
    t = 0
    while t < steps:
        row = tuple((rule >> (4 * row[i - 1] + 2 * row[i] + row[(i + 1) % n])) & 1 for i in range(n))
        t += 1
        if row in seen:
            start = seen[row]
            period = t - start
            row = history[start + (steps - t) % period]
            break
        seen[row] = t
        history.append(row)
    return "".join(str(v) for v in row)
