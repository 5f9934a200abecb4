import random


def generate(seed: int, scale: int) -> list:
    rng = random.Random(seed)
    n = scale
    tellers = 1 + scale // 3
    # Mean gap 1.5 and mean service about 1.5 * tellers keep the bank near full load, so
    # customers sometimes find idle tellers and sometimes have to wait.
    arrivals = []
    t = 0
    for _ in range(n):
        t += rng.randint(0, 3)
        arrivals.append(t)
    durations = [rng.randint(1, 3 * tellers) for _ in range(n)]
    return [arrivals, durations, tellers]
