def bulgarian_solitaire(piles: list[int], rounds: int) -> list[int]:
    # The game always falls into a cycle (after a number of rounds of the order of the
    # number of cards). Keep states as sorted tuples, remember them, and jump over all the
    # whole cycles once a state repeats.
    state = tuple(sorted(piles, reverse=True))
    if not state:
        return []
    seen = {state: 0}
    history = [state]
    t = 0
    while t < rounds:
        nxt = [p - 1 for p in state if p > 1]
        nxt.append(len(state))
        nxt.sort(reverse=True)
        state = tuple(nxt)
        t += 1
        if state in seen:
            start = seen[state]
            state = history[start + (rounds - t) % (t - start)]
            break
        seen[state] = t
        history.append(state)
    return list(state)
