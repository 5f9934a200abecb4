def edit_distance(a: str, b: str) -> int:
    # Bit-vector algorithm (Myers 1999, Hyyro's formulation): one column of the DP
    # table is held as vertical +1/-1 delta bit masks over the characters of a.
    m = len(a)
    if m == 0:
        return len(b)
    match: dict[str, int] = {}
    for i, ch in enumerate(a):
        match[ch] = match.get(ch, 0) | (1 << i)
    mask = (1 << m) - 1
    top = 1 << (m - 1)
    pv, mv = mask, 0
    score = m
    for ch in b:
        eq = match.get(ch, 0)
        xv = eq | mv
        xh = (((eq & pv) + pv) ^ pv) | eq
        ph = mv | ~(xh | pv)
        mh = pv & xh
        if ph & top:
            score += 1
        elif mh & top:
            score -= 1
        ph = (ph << 1) | 1
        mh <<= 1
        pv = (mh | ~(xv | ph)) & mask
        mv = ph & xv
    return score
