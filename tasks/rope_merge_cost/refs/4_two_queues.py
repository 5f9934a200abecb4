def rope_merge_cost(lengths: list[int]) -> int:
    # Joined lengths are produced in non-decreasing order, so a sorted input list plus a
    # FIFO of joined pieces always exposes the two smallest pieces at their fronts.
    n = len(lengths)
    if n < 2:
        return 0
    inf = sum(lengths) + 1  # larger than any piece that can ever exist
    leaves = sorted(lengths)
    leaves.append(inf)
    joined = [inf] * n
    i = j = 0
    w = 0
    total = 0
    for _ in range(n - 1):
        if leaves[i] <= joined[j]:
            a = leaves[i]
            i += 1
        else:
            a = joined[j]
            j += 1
        if leaves[i] <= joined[j]:
            b = leaves[i]
            i += 1
        else:
            b = joined[j]
            j += 1
        s = a + b
        joined[w] = s
        w += 1
        total += s
    return total
