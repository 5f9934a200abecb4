def skyline_area(buildings: list[list[int]]) -> int:
    # Compress x-coordinates; every building raises the pieces it spans to its height.
    xs = sorted({x for left, right, _ in buildings for x in (left, right)})
    index = {x: i for i, x in enumerate(xs)}
    tops = [0] * len(xs)
    for left, right, h in buildings:
        for t in range(index[left], index[right]):
            if h > tops[t]:
                tops[t] = h
    area = 0
    for t in range(len(xs) - 1):
        area += tops[t] * (xs[t + 1] - xs[t])
    return area
