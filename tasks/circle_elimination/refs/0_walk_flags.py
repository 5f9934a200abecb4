def last_survivor(n: int, steps: list[int]) -> int:
    # Walk around a fixed circle of n seats, skipping removed players one seat at a time.
    alive = [True] * n
    pos = 0  # seat where the count starts (always a remaining player)
    remaining = n
    r = 0
    while remaining > 1:
        moves = (steps[r % len(steps)] - 1) % remaining
        while moves:
            pos = (pos + 1) % n
            if alive[pos]:
                moves -= 1
        alive[pos] = False
        remaining -= 1
        while not alive[pos]:
            pos = (pos + 1) % n
        r += 1
    return pos + 1
