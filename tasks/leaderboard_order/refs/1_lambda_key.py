def leaderboard_order(players: list[tuple[str, int]]) -> list[str]:
    # One Python key call per entry building a (-score, name) tuple; tuples compared in C.
    return [p[0] for p in sorted(players, key=lambda p: (-p[1], p[0]))]
