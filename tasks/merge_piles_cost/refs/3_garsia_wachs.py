def merge_piles_cost(piles: list[int]) -> int:
    # Garsia-Wachs: the optimal merge order of adjacent piles equals an optimal
    # alphabetic binary tree. Repeatedly merge the leftmost pair (a[k-1], a[k]) with
    # a[k-1] <= a[k+1], then move the merged pile left past all smaller piles.
    a = list(piles)
    total = 0
    start = 1
    while len(a) > 1:
        m = len(a)
        k = m - 1
        for i in range(max(1, start), m - 1):
            if a[i - 1] <= a[i + 1]:
                k = i
                break
        x = a[k - 1] + a[k]
        total += x
        del a[k - 1:k + 1]
        j = k - 2
        while j >= 0 and a[j] < x:
            j -= 1
        a.insert(j + 1, x)
        # no pair strictly left of the insertion point can have become mergeable
        start = j
    return total
