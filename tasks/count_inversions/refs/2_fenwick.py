def count_inversions(values: list[int]) -> int:
    # Rank-compress, then count earlier elements greater than each value with a Fenwick tree.
    ranks = {v: r for r, v in enumerate(sorted(set(values)), 1)}
    size = len(ranks)
    tree = [0] * (size + 1)
    count = 0
    for seen, v in enumerate(values):
        r = ranks[v]
        le = 0
        i = r
        while i:
            le += tree[i]
            i &= i - 1
        count += seen - le
        while r <= size:
            tree[r] += 1
            r += r & -r
    return count
