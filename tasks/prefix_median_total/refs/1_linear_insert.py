def prefix_median_total(values: list[int]) -> int:
    # Maintain a sorted copy; find each insertion point with a Python-level linear scan.
    ordered: list[int] = []
    total = 0
    for v in values:
        pos = len(ordered)
        for j, x in enumerate(ordered):
            if x > v:
                pos = j
                break
        ordered.insert(pos, v)
        total += ordered[(len(ordered) - 1) // 2]
    return total
