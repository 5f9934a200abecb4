def window_distinct_counts(values: list[int], k: int) -> list[int]:
    n = len(values)
    if k > n:
        return []
    counts: dict[int, int] = {}
    for v in values[:k]:
        counts[v] = counts.get(v, 0) + 1
    result = [len(counts)]
    for i in range(k, n):
        incoming = values[i]
        counts[incoming] = counts.get(incoming, 0) + 1
        outgoing = values[i - k]
        left = counts[outgoing] - 1
        if left:
            counts[outgoing] = left
        else:
            del counts[outgoing]
        result.append(len(counts))
    return result
