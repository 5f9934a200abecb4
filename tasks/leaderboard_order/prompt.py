def leaderboard_order(players: list[tuple[str, int]]) -> list[str]:
    """Return the player names in leaderboard order.

    Each entry of `players` is a pair (name, score); scores may be negative and names may
    repeat. Order the entries by score from highest to lowest; entries with equal scores are
    ordered by name in ordinary string order (smaller first). Return the names in that order,
    one per entry. The list may be empty.

    >>> leaderboard_order([("bob", 3), ("al", 5), ("cy", 3)])
    ['al', 'bob', 'cy']
    >>> leaderboard_order([("x", -1), ("x", 0)])
    ['x', 'x']
    """
