MOD = 1_000_000_007


def coin_change_ways(coins: list[int], amount: int) -> int:
    # One array updated in place; exact counts (small big ints), reduced once at the end.
    ways = [0] * (amount + 1)
    ways[0] = 1
    for c in set(coins):
        for t in range(c, amount + 1):
            ways[t] += ways[t - c]
    return ways[amount] % MOD
