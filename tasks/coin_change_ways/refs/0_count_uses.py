MOD = 1_000_000_007


def coin_change_ways(coins: list[int], amount: int) -> int:
    kinds = sorted(set(coins))
    ways = [0] * (amount + 1)
    ways[0] = 1
    for c in kinds:
        new = [0] * (amount + 1)
        for total in range(amount + 1):
            # choose how many copies of coin c are used
            s = 0
            used = 0
            while used <= total:
                s += ways[total - used]
                used += c
            new[total] = s % MOD
        ways = new
    return ways[amount]
