def bulgarian_solitaire(piles: list[int], rounds: int) -> list[int]:
    # Play every round on a plain list of pile sizes.
    state = list(piles)
    if not state:
        return []
    for _ in range(rounds):
        state = [p - 1 for p in state if p > 1] + [len(state)]
    return sorted(state, reverse=True)
