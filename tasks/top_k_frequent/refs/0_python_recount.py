def top_k_frequent(values: list[int], k: int) -> list[int]:
    # recount the value at every position, Python loops
    tally: dict[int, int] = {}
    for v in values:
        occurrences = 0
        for w in values:
            if w == v:
                occurrences += 1
        tally[v] = occurrences
    ranked = sorted(tally.items(), key=lambda item: (-item[1], item[0]))
    return [v for v, _ in ranked[:k]]
