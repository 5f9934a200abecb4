def median_meeting_cost(positions: list[int]) -> int:
    # the cost is piecewise linear in p, so an optimum sits on one of the positions
    best = 0
    first = True
    for p in positions:
        cost = 0
        for x in positions:
            if x > p:
                cost += x - p
            else:
                cost += p - x
        if first or cost < best:
            best = cost
            first = False
    return best
