from bisect import bisect_left


def longest_increasing_subsequence(values: list[int]) -> int:
    tails: list[int] = []
    append = tails.append
    size = 0
    for v in values:
        pos = bisect_left(tails, v)
        if pos == size:
            append(v)
            size += 1
        else:
            tails[pos] = v
    return size
