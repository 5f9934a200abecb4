def max_xor_pair(values: list[int]) -> int:
    # Decide the answer bit by bit from the top: a candidate prefix is reachable iff two of
    # the values' prefixes XOR to it, i.e. p ^ candidate is in the prefix set for some p.
    if len(values) < 2:
        return 0
    best = 0
    for b in range(max(values).bit_length() - 1, -1, -1):
        prefixes = {x >> b for x in values}
        candidate = (best << 1) | 1
        best <<= 1
        for p in prefixes:
            if p ^ candidate in prefixes:
                best = candidate
                break
    return best
