def longest_consecutive_run(values: list[int]) -> int:
    present = set(values)
    best = 0
    for x in present:
        if x - 1 not in present:
            end = x + 1
            while end in present:
                end += 1
            if end - x > best:
                best = end - x
    return best
