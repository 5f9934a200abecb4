def bulgarian_solitaire(piles: list[int], rounds: int) -> list[int]:
    # O(1) rounds on size counts in a shifted ring buffer (see the size-counts idea), plus
    # cycle detection: the state key is the tuple of counts for sizes 1..largest, cut out of
    # the ring buffer with C-level slicing.
    if not piles:
        return []
    total = sum(piles)
    m = total + 2
    cnt = [0] * m
    for p in piles:
        cnt[p] += 1
    largest = max(piles)
    shift = 0
    k = len(piles)

    def key() -> tuple:
        lo = (shift + 1) % m
        hi = lo + largest
        if hi <= m:
            return tuple(cnt[lo:hi])
        return tuple(cnt[lo:]) + tuple(cnt[:hi - m])

    seen = {key(): 0}
    t = 0
    while t < rounds:
        shift += 1
        slot = shift % m
        gone = cnt[slot]
        cnt[slot] = 0
        cnt[(shift + k) % m] += 1
        largest = largest - 1 if largest - 1 > k else k
        k = k - gone + 1
        t += 1
        state = key()
        if state in seen:
            left = (rounds - t) % (t - seen[state])
            for _ in range(left):
                shift += 1
                slot = shift % m
                gone = cnt[slot]
                cnt[slot] = 0
                cnt[(shift + k) % m] += 1
                k = k - gone + 1
            break
        seen[state] = t
    result = []
    for size in range(total, 0, -1):
        c = cnt[(size + shift) % m]
        if c:
            result.extend([size] * c)
    return result
