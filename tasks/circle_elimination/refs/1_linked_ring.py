def last_survivor(n: int, steps: list[int]) -> int:
    # Singly linked ring of the remaining players: walk (s - 1) mod m links from the player
    # just before the count start, then unlink the next one. No removed seat is visited.
    nxt = list(range(1, n)) + [0]
    before = n - 1  # the player just before the one where the count starts
    m = n
    r = 0
    k = len(steps)
    while m > 1:
        for _ in range((steps[r % k] - 1) % m):
            before = nxt[before]
        nxt[before] = nxt[nxt[before]]
        m -= 1
        r += 1
    return before + 1
