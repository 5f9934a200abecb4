def leaderboard_order(players: list[tuple[str, int]]) -> list[str]:
    # Group names by score in a dict, then sort only the distinct scores and, inside each
    # group, plain strings (the cheapest comparisons there are).
    groups: dict[int, list[str]] = {}
    for name, score in players:
        group = groups.get(score)
        if group is None:
            groups[score] = [name]
        else:
            group.append(name)
    out: list[str] = []
    for score in sorted(groups, reverse=True):
        names = groups[score]
        names.sort()
        out += names
    return out
