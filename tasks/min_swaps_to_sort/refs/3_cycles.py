def min_swaps_to_sort(values: list[int]) -> int:
    n = len(values)
    # order[k] = current position of the k-th smallest value: a permutation of range(n)
    order = sorted(range(n), key=values.__getitem__)
    seen = bytearray(n)
    cycles = 0
    for start in range(n):
        if seen[start]:
            continue
        cycles += 1
        k = start
        while not seen[k]:
            seen[k] = 1
            k = order[k]
    # each swap can split one cycle into two; sorted means n cycles of length 1
    return n - cycles
