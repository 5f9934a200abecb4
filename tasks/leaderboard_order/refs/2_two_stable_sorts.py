from operator import itemgetter


def leaderboard_order(players: list[tuple[str, int]]) -> list[str]:
    # Sort by the secondary key, then stably by the primary key (reverse=True keeps equal
    # entries in their current order); itemgetter keys never enter Python code.
    order = sorted(players, key=itemgetter(0))
    order.sort(key=itemgetter(1), reverse=True)
    return list(map(itemgetter(0), order))
