from functools import cmp_to_key


def leaderboard_order(players: list[tuple[str, int]]) -> list[str]:
    # A Python comparison function, called for every comparison the sort makes.
    def compare(a, b) -> int:
        if a[1] != b[1]:
            return -1 if a[1] > b[1] else 1
        if a[0] != b[0]:
            return -1 if a[0] < b[0] else 1
        return 0

    return [p[0] for p in sorted(players, key=cmp_to_key(compare))]
