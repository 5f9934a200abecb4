from itertools import accumulate

MOD = 1_000_000_007


def coin_change_ways(coins: list[int], amount: int) -> int:
    ways = [0] * (amount + 1)
    ways[0] = 1
    for c in set(coins):
        if c > amount:
            continue
        # With unlimited copies of c, the new count at t is the sum of the old counts at
        # t, t - c, t - 2c, ...: a running sum along each residue class modulo c.
        # Exact (small big-int) counts are kept; the modulus is applied once at the end.
        for r in range(c):
            ways[r::c] = list(accumulate(ways[r::c]))
    return ways[amount] % MOD
