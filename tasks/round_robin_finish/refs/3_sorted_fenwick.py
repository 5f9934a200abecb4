def round_robin_finish(bursts: list[int], quantum: int) -> list[int]:
    # Same closed form, evaluated for all processes at once: groups of equal round k are
    # handled from the largest k down; a Fenwick tree over indices counts earlier processes
    # that outlive round k, and prefix sums give the time of everything that ended earlier.
    q = quantum
    n = len(bursts)
    rounds = [(b + q - 1) // q for b in bursts]
    order = sorted(range(n), key=lambda i: rounds[i])
    # ended_before[pos] = total burst of order[:pos]
    ended_before = [0] * (n + 1)
    for pos, i in enumerate(order):
        ended_before[pos + 1] = ended_before[pos] + bursts[i]
    tree = [0] * (n + 1)
    finish = [0] * n
    hi = n
    while hi > 0:
        k = rounds[order[hi - 1]]
        lo = hi - 1
        while lo > 0 and rounds[order[lo - 1]] == k:
            lo -= 1
        done = (k - 1) * q
        base = ended_before[lo] + (n - lo) * done
        group = sorted(order[lo:hi])
        partial = 0
        for i in group:
            later = 0  # earlier-indexed processes that need more rounds than k
            x = i
            while x:
                later += tree[x]
                x &= x - 1
            finish[i] = base + later * q + partial + bursts[i] - done
            partial += bursts[i] - done
        for i in group:
            x = i + 1
            while x <= n:
                tree[x] += 1
                x += x & -x
        hi = lo
    return finish
