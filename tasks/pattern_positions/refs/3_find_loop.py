def pattern_positions(text: str, pattern: str) -> list[int]:
    found = []
    find = text.find
    i = find(pattern)
    while i >= 0:
        found.append(i)
        i = find(pattern, i + 1)  # i + 1, not i + len: overlaps count
    return found
