def pairs_with_difference(values: list[int], diff: int) -> int:
    counts: dict[int, int] = {}
    for v in values:
        if v in counts:
            counts[v] += 1
        else:
            counts[v] = 1
    total = 0
    if diff == 0:
        for c in counts.values():
            total += c * (c - 1) // 2
        return total
    for v, c in counts.items():
        partner = v + diff
        if partner in counts:
            total += c * counts[partner]
    return total
