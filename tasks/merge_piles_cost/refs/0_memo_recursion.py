def merge_piles_cost(piles: list[int]) -> int:
    n = len(piles)
    prefix = [0]
    for p in piles:
        prefix.append(prefix[-1] + p)
    memo: dict[tuple[int, int], int] = {}

    def cost(i: int, j: int) -> int:
        # cheapest way to merge piles i..j (inclusive) into one
        if i >= j:
            return 0
        key = (i, j)
        if key in memo:
            return memo[key]
        best = min(cost(i, k) + cost(k + 1, j) for k in range(i, j))
        best += prefix[j + 1] - prefix[i]
        memo[key] = best
        return best

    return cost(0, n - 1)
