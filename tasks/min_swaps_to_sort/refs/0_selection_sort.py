def min_swaps_to_sort(values: list[int]) -> int:
    items = list(values)
    n = len(items)
    swaps = 0
    for i in range(n):
        smallest = i
        for j in range(i + 1, n):
            if items[j] < items[smallest]:
                smallest = j
        if smallest != i:
            items[i], items[smallest] = items[smallest], items[i]
            swaps += 1
    return swaps
