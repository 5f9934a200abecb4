def last_survivor(n: int, steps: list[int]) -> int:
    # Josephus-style recurrence run backwards: with m players left the round number is
    # n - m, and the survivor's offset from the count start obeys f(m) = (f(m-1) + s) mod m.
    k = len(steps)
    f = 0
    for m in range(2, n + 1):
        f = (f + steps[(n - m) % k]) % m
    return f + 1
