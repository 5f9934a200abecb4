def min_swaps_to_sort(values: list[int]) -> int:
    items = list(values)
    target = sorted(items)
    swaps = 0
    for i in range(len(items)):
        want = target[i]
        if items[i] != want:
            j = items.index(want, i + 1)
            items[i], items[j] = want, items[i]
            swaps += 1
    return swaps
