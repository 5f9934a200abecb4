def longest_consecutive_run(values: list[int]) -> int:
    if not values:
        return 0
    ordered = sorted(values)
    best = current = 1
    for i in range(1, len(ordered)):
        step = ordered[i] - ordered[i - 1]
        if step == 1:
            current += 1
            if current > best:
                best = current
        elif step != 0:
            current = 1
    return best
