def bulgarian_solitaire(piles: list[int], rounds: int) -> list[int]:
    # Count piles by size. Taking a card from every pile lowers every size by one, which is
    # just a shift of the size axis: keep the counts in a ring buffer indexed by
    # (size + shift) so that a round costs O(1) however many piles there are.
    if not piles:
        return []
    total = sum(piles)
    m = total + 2  # sizes never exceed the number of cards
    cnt = [0] * m
    for p in piles:
        cnt[p] += 1
    shift = 0
    k = len(piles)
    for _ in range(rounds):
        shift += 1
        slot = shift % m  # piles that had one card now have none
        gone = cnt[slot]
        cnt[slot] = 0
        cnt[(shift + k) % m] += 1
        k = k - gone + 1
    result = []
    for size in range(total, 0, -1):
        c = cnt[(size + shift) % m]
        if c:
            result.extend([size] * c)
    return result
