def last_survivor(n: int, steps: list[int]) -> int:
    """Return the number of the last player left in a counting-out game on a circle.

    Players 1 .. n (n >= 1) stand in a circle in increasing order, and the count starts at
    player 1. Round r (r = 0, 1, 2, ...) uses s = steps[r % len(steps)] (steps is non-empty,
    every s >= 1): counting the player where the count starts as 1 and going around the
    circle in increasing order (after the highest remaining number comes the lowest), the
    player counted s is removed, and the next round's count starts at the player right after
    the removed one. When a single player is left, the game ends.

    >>> last_survivor(5, [2])
    3
    >>> last_survivor(4, [1, 3])
    3
    """
