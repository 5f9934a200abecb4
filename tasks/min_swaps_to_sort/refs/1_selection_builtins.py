def min_swaps_to_sort(values: list[int]) -> int:
    items = list(values)
    swaps = 0
    for i in range(len(items)):
        smallest = min(items[i:])
        if items[i] != smallest:
            j = items.index(smallest, i)
            items[i], items[j] = items[j], items[i]
            swaps += 1
    return swaps
