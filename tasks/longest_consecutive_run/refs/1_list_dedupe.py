def longest_consecutive_run(values: list[int]) -> int:
    distinct: list[int] = []
    for v in values:
        if v not in distinct:
            distinct.append(v)
    distinct.sort()
    best = 0
    current = 0
    previous = None
    for v in distinct:
        if previous is not None and v == previous + 1:
            current += 1
        else:
            current = 1
        if current > best:
            best = current
        previous = v
    return best
