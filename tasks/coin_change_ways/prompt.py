def coin_change_ways(coins: list[int], amount: int) -> int:
    """Count the ways to pay exactly amount using any number of each coin value.

    coins lists positive coin values; a value may be listed more than once, but it is
    still one kind of coin. Two ways are the same when they use the same number of
    coins of every value (order does not matter). Paying 0 has exactly one way (use
    no coins). Return the count modulo 1_000_000_007.

    >>> coin_change_ways([1, 2, 5], 5)
    4
    >>> coin_change_ways([3], 4)
    0
    """
