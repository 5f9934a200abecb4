def longest_consecutive_run(values: list[int]) -> int:
    best = 0
    for x in values:
        if x - 1 in values:
            continue
        length = 1
        while x + length in values:
            length += 1
        if length > best:
            best = length
    return best
