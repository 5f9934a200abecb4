def edit_distance(a: str, b: str) -> int:
    memo: dict[tuple[int, int], int] = {}

    def dist(i: int, j: int) -> int:
        # distance between the suffixes a[i:] and b[j:]
        if i == len(a):
            return len(b) - j
        if j == len(b):
            return len(a) - i
        key = (i, j)
        if key in memo:
            return memo[key]
        if a[i] == b[j]:
            best = dist(i + 1, j + 1)
        else:
            best = 1 + min(dist(i + 1, j), dist(i, j + 1), dist(i + 1, j + 1))
        memo[key] = best
        return best

    return dist(0, 0)
