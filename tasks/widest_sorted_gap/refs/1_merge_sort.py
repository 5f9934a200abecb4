def widest_sorted_gap(values: list[int]) -> int:
    def merge_sort(items: list[int]) -> list[int]:
        if len(items) <= 1:
            return items
        mid = len(items) // 2
        left = merge_sort(items[:mid])
        right = merge_sort(items[mid:])
        merged = []
        i = j = 0
        while i < len(left) and j < len(right):
            if left[i] <= right[j]:
                merged.append(left[i])
                i += 1
            else:
                merged.append(right[j])
                j += 1
        merged.extend(left[i:])
        merged.extend(right[j:])
        return merged

    ordered = merge_sort(list(values))
    best = 0
    for i in range(1, len(ordered)):
        if ordered[i] - ordered[i - 1] > best:
            best = ordered[i] - ordered[i - 1]
    return best
