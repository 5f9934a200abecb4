def rope_merge_cost(lengths: list[int]) -> int:
    # Same O(n^2) greedy, but the list is re-sorted each round (timsort sees one sorted run
    # plus the new piece, so a round is a linear C-level pass) and the two smallest taken.
    pieces = list(lengths)
    total = 0
    while len(pieces) > 1:
        pieces.sort()
        joined = pieces[0] + pieces[1]
        del pieces[:2]
        total += joined
        pieces.append(joined)
    return total
