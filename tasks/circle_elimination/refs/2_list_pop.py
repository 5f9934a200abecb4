def last_survivor(n: int, steps: list[int]) -> int:
    # Circle as a list and an index; removing is list.pop (one C-level memmove).
    circle = list(range(1, n + 1))
    i = 0
    r = 0
    k = len(steps)
    while len(circle) > 1:
        i = (i + steps[r % k] - 1) % len(circle)
        circle.pop(i)
        if i == len(circle):
            i = 0
        r += 1
    return circle[0]
