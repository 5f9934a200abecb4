MOD = 1_000_000_007


def coin_change_ways(coins: list[int], amount: int) -> int:
    kinds = sorted(set(coins))
    k = len(kinds)
    # table[i][t] = ways to pay t using only the first i coin kinds
    table = [[0] * (amount + 1) for _ in range(k + 1)]
    table[0][0] = 1
    for i in range(1, k + 1):
        c = kinds[i - 1]
        for t in range(amount + 1):
            val = table[i - 1][t]
            if t >= c:
                val += table[i][t - c]
            table[i][t] = val % MOD
    return table[k][amount]
