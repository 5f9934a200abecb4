def rope_merge_cost(lengths: list[int]) -> int:
    pieces = list(lengths)
    total = 0
    while len(pieces) > 1:
        # Python-level scan for the positions of the two smallest pieces.
        i1, i2 = (0, 1) if pieces[0] <= pieces[1] else (1, 0)
        for k in range(2, len(pieces)):
            x = pieces[k]
            if x < pieces[i1]:
                i1, i2 = k, i1
            elif x < pieces[i2]:
                i2 = k
        joined = pieces[i1] + pieces[i2]
        total += joined
        for idx in sorted((i1, i2), reverse=True):
            pieces.pop(idx)
        pieces.append(joined)
    return total
