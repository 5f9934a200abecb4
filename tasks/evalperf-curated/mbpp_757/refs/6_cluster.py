def count_reverse_pairs(strings):
    count = 0
    reverse_map = {}

    for s in strings:
        if s in reverse_map:
            count += reverse_map[s]
        reverse_map[s[::-1]] = reverse_map.get(s[::-1], 0) + 1

    return count
