def widest_sorted_gap(values: list[int]) -> int:
    best = 0
    for x in values:
        successor = None
        for y in values:
            if y > x and (successor is None or y < successor):
                successor = y
        if successor is not None and successor - x > best:
            best = successor - x
    return best
