def ring_automaton(cells: str, rule: int, steps: int) -> str:
    # Simulate every step, cell by cell.
    n = len(cells)
    row = [int(c) for c in cells]
    for _ in range(steps):
        new = []
        for i in range(n):
            left = row[i - 1]
            right = row[(i + 1) % n]
            p = 4 * left + 2 * row[i] + right
            new.append((rule >> p) & 1)
        row = new
    return "".join(str(v) for v in row)
